-- Drives Neovim's own LSP client against our language server, headless:
-- open a page, wait for its diagnostics, hover a vereiste, type the start of
-- another and ask for completion; writes what came back as JSON to $AK_OUT.
-- Works on Neovim 0.7 (start_client) and later (vim.lsp.start).
local env = function(name) return assert(os.getenv(name), name) end
local out, server, root, page = env('AK_OUT'), env('AK_SERVER'), env('AK_ROOT'), env('AK_PAGE')
local results = { version = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) }

local function finish(problem)
  results.problem = problem
  local file = assert(io.open(out, 'w'))
  file:write(vim.fn.json_encode(results))
  file:close()
  vim.cmd('qall!')
end

local ok, failure = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(page))
  local buffer = vim.api.nvim_get_current_buf()
  local published = nil
  local config = {
    name = 'algoritmekader',
    cmd = { 'node', server, '--stdio' },
    root_dir = root,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, conf)
        if vim.uri_to_bufnr(result.uri) == buffer then published = result.diagnostics end
        local default = vim.lsp.handlers['textDocument/publishDiagnostics'] or vim.lsp.diagnostic.on_publish_diagnostics
        return default(err, result, ctx, conf)
      end,
    },
  }
  local client_id
  if vim.lsp.start then
    client_id = vim.lsp.start(config)
  else
    client_id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(buffer, client_id)
  end
  assert(vim.wait(60000, function() return published ~= nil end, 50), 'no diagnostics')
  results.diagnostics = published
  results.shown = #vim.diagnostic.get(buffer)

  -- Hover on the vereiste reference.
  local lines = vim.api.nvim_buf_get_lines(buffer, 0, -1, false)
  local reference
  for index, line in ipairs(lines) do
    if line:match('^%- aia%-') then reference = index - 1 break end
  end
  assert(reference, 'no vereiste reference on the page')
  local position = { line = reference, character = 4 }
  local document = { uri = vim.uri_from_bufnr(buffer) }
  local hover = vim.lsp.buf_request_sync(buffer, 'textDocument/hover', { textDocument = document, position = position }, 30000)
  results.hover = hover and hover[client_id] and hover[client_id].result

  -- Type the start of another reference below it, and ask for completion at its end.
  vim.api.nvim_buf_set_lines(buffer, reference + 1, reference + 1, false, { '- aia-0' })
  local typed = { line = reference + 1, character = 7 }
  local completion = vim.lsp.buf_request_sync(buffer, 'textDocument/completion', { textDocument = document, position = typed }, 30000)
  local answer = completion and completion[client_id] and completion[client_id].result
  results.completion = answer and (answer.items or answer) or nil
end)
finish(not ok and tostring(failure) or nil)
