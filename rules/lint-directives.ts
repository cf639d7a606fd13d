/**
 * The `<!-- lint disable|enable|ignore … -->` comments themselves: a rule id
 * or keyword that does not exist, and (like ESLint's unused-disable report)
 * a disable or ignore that silenced nothing. The comments are applied by the
 * rule runner (src/rule-kit/directives.ts); this rule reports about them.
 */
import { defineRule } from '../src/rule-kit/define-rule.js';
import { directivesOf } from '../src/rule-kit/directives.js';
import { RULE_IDS } from '../src/rule-kit/rule-ids.js';
import { closest } from '../src/rule-kit/suggest.js';

const KEYWORDS = ['disable', 'enable', 'ignore'];

export default defineRule(
  {
    id: 'lint-directives',
    severity: 'warn',
    description: {
      nl: 'Elk `<!-- lint disable|enable|ignore … -->`-commentaar noemt bestaande regels en zet ook echt een melding uit.',
      en: 'Every `<!-- lint disable|enable|ignore … -->` comment names existing rules and does silence a message.',
    },
    messages: {
      unused: {
        nl: '`{comment}` zet geen melding uit: hier is niets om uit te zetten. Verwijder het commentaar, of zet het vlak vóór wat het moet uitzetten.',
        en: '`{comment}` silences nothing: there is nothing here to silence. Remove the comment, or put it right before what it should silence.',
      },
      unknownRule: {
        nl: '`{rule}` in `{comment}` is geen regel van algoritmekader-lint, dus het commentaar zet niets uit.{hint}',
        en: '`{rule}` in `{comment}` is not an algoritmekader-lint rule, so the comment silences nothing.{hint}',
      },
      unknownKeyword: {
        nl: '`{comment}`: `{keyword}` is geen opdracht; gebruik `disable`, `enable` of `ignore`.{hint}',
        en: '`{comment}`: `{keyword}` is not a command; use `disable`, `enable` or `ignore`.{hint}',
      },
    },
  },
  ({ tree, report, didYouMean, span }) => {
    for (const directive of directivesOf(tree)) {
      const { node } = directive;
      const comment = node.value.trim();
      // The word itself: after `lint`, so a rule named like the keyword is found in its own place.
      const at = (word: string) => {
        const start = node.position?.start.offset;
        const index = node.value.indexOf(` ${word}`, node.value.indexOf('lint') + 4);
        return start === undefined || index === -1 ? node : span(start + index + 1, start + index + 1 + word.length);
      };
      if (!KEYWORDS.includes(directive.keyword)) {
        report('unknownKeyword', at(directive.keyword), { comment, keyword: directive.keyword, hint: didYouMean(closest(directive.keyword, KEYWORDS)) });
        continue;
      }
      for (const rule of directive.rules) {
        if (!(RULE_IDS as readonly string[]).includes(rule)) report('unknownRule', at(rule), { comment, rule, hint: didYouMean(closest(rule, RULE_IDS)) });
      }
    }
  },
);
