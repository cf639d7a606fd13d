var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// dist/schemas/validators.cjs
var require_validators = __commonJS({
  "dist/schemas/validators.cjs"(exports2) {
    "use strict";
    exports2.maatregel = validate20;
    var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://algoritmekader-lint/schemas/maatregel.schema.json", "title": "Frontmatter of a maatregel", "type": "object", "required": ["title", "id", "toelichting", "levenscyclus", "onderwerp", "rollen"], "properties": { "title": { "$ref": "defs.schema.json#/$defs/sentence", "x-aliases": ["titel"] }, "id": { "type": "string", "pattern": "^urn:nl:ak:mtr:(org|pba|owp|dat|owk|ver|imp|mon|uit)-[0-9]{2}$", "x-hint": { "nl": "Een maatregel-URN is `urn:nl:ak:mtr:<code>-<nn>` met code org, pba, owp, dat, owk, ver, imp, mon of uit, bijvoorbeeld `urn:nl:ak:mtr:imp-04`.", "en": "A maatregel URN is `urn:nl:ak:mtr:<code>-<nn>` with code org, pba, owp, dat, owk, ver, imp, mon or uit, for example `urn:nl:ak:mtr:imp-04`." } }, "toelichting": { "$ref": "defs.schema.json#/$defs/sentence", "x-aliases": ["beschrijving", "description", "samenvatting"] }, "levenscyclus": { "$ref": "defs.schema.json#/$defs/labelList", "x-aliases": ["fase", "fasen"] }, "onderwerp": { "$ref": "defs.schema.json#/$defs/labelList", "x-aliases": ["onderwerpen"] }, "rollen": { "$ref": "defs.schema.json#/$defs/labelList", "x-aliases": ["rol"] }, "vereiste": { "$ref": "defs.schema.json#/$defs/nameList", "x-aliases": ["vereisten"] }, "sources": { "description": "Audit-framework codes: ADR (Onderzoekskader Auditdienst Rijk), ARK (Toetsingskader Algemene Rekenkamer). A single code or a list.", "type": ["object", "null"], "properties": { "ADR": { "anyOf": [{ "$ref": "#/$defs/adrCode" }, { "type": "array", "items": { "$ref": "#/$defs/adrCode" } }, { "type": "null" }] }, "ARK": { "anyOf": [{ "$ref": "#/$defs/arkCode" }, { "type": "array", "items": { "$ref": "#/$defs/arkCode" } }, { "type": "null" }] } }, "additionalProperties": false, "x-aliases": ["bronnen", "bron", "source", "bronnen-adr-ark"] }, "hide": { "$ref": "defs.schema.json#/$defs/hide" } }, "additionalProperties": false, "$defs": { "adrCode": { "type": "string", "pattern": "^(SV|PRI|DM|IB)\\.[0-9]{1,2}$", "x-hint": { "nl": "Een ADR-code is bijvoorbeeld `PRI.8`, `SV.14`, `DM.11` of `IB.23`.", "en": "An ADR code looks like `PRI.8`, `SV.14`, `DM.11` or `IB.23`." } }, "arkCode": { "type": ["string", "number"], "pattern": "^[0-9]\\.[0-9]{2}$", "x-hint": { "nl": "Een ARK-code is bijvoorbeeld `'2.11'` (met aanhalingstekens).", "en": "An ARK code looks like `'2.11'` (quoted)." } } } };
    var schema33 = { "type": "string", "minLength": 1, "pattern": "\\S" };
    var schema35 = { "description": "Vocabulary values; which values are allowed comes from the vocabulary folders (rule label-values).", "type": "array", "items": { "type": ["string", "null"] } };
    var schema38 = { "description": "File names (without .md) of pages of another kind; checked by rule reference-exists.", "type": ["array", "null"], "items": { "type": ["string", "null"] } };
    var schema39 = { "type": "string", "pattern": "^(SV|PRI|DM|IB)\\.[0-9]{1,2}$", "x-hint": { "nl": "Een ADR-code is bijvoorbeeld `PRI.8`, `SV.14`, `DM.11` of `IB.23`.", "en": "An ADR code looks like `PRI.8`, `SV.14`, `DM.11` or `IB.23`." } };
    var schema41 = { "type": ["string", "number"], "pattern": "^[0-9]\\.[0-9]{2}$", "x-hint": { "nl": "Een ARK-code is bijvoorbeeld `'2.11'` (met aanhalingstekens).", "en": "An ARK code looks like `'2.11'` (quoted)." } };
    var func1 = Object.prototype.hasOwnProperty;
    var func2 = require_ucs2length().default;
    var pattern4 = new RegExp("\\S", "u");
    var pattern5 = new RegExp("^urn:nl:ak:mtr:(org|pba|owp|dat|owk|ver|imp|mon|uit)-[0-9]{2}$", "u");
    var pattern7 = new RegExp("^(SV|PRI|DM|IB)\\.[0-9]{1,2}$", "u");
    var pattern9 = new RegExp("^[0-9]\\.[0-9]{2}$", "u");
    var schema43 = { "description": "mkdocs-material page option: a list or a single value.", "anyOf": [{ "$ref": "#/$defs/hideValue" }, { "type": "array", "items": { "$ref": "#/$defs/hideValue" } }, { "type": "null" }] };
    var schema44 = { "enum": ["navigation", "toc", "footer", "path", "tags", "feedback"] };
    function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate22.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      const _errs0 = errors;
      let valid0 = false;
      const _errs1 = errors;
      if (!(data === "navigation" || data === "toc" || data === "footer" || data === "path" || data === "tags" || data === "feedback")) {
        const err0 = { instancePath, schemaPath: "#/$defs/hideValue/enum", keyword: "enum", params: { allowedValues: schema44.enum }, message: "must be equal to one of the allowed values", schema: schema44.enum, parentSchema: schema44, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      var _valid0 = _errs1 === errors;
      valid0 = valid0 || _valid0;
      const _errs3 = errors;
      if (Array.isArray(data)) {
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data0 = data[i0];
          if (!(data0 === "navigation" || data0 === "toc" || data0 === "footer" || data0 === "path" || data0 === "tags" || data0 === "feedback")) {
            const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/hideValue/enum", keyword: "enum", params: { allowedValues: schema44.enum }, message: "must be equal to one of the allowed values", schema: schema44.enum, parentSchema: schema44, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema43.anyOf[1].type, parentSchema: schema43.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var _valid0 = _errs3 === errors;
      valid0 = valid0 || _valid0;
      if (_valid0) {
        var items0 = true;
      }
      const _errs7 = errors;
      if (data !== null) {
        const err3 = { instancePath, schemaPath: "#/anyOf/2/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema43.anyOf[2].type, parentSchema: schema43.anyOf[2], data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      valid0 = valid0 || _valid0;
      if (!valid0) {
        const err4 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema43.anyOf, parentSchema: schema43, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      } else {
        errors = _errs0;
        if (vErrors !== null) {
          if (_errs0) {
            vErrors.length = _errs0;
          } else {
            vErrors = null;
          }
        }
      }
      validate22.errors = vErrors;
      evaluated0.items = items0;
      return errors === 0;
    }
    validate22.evaluated = { "dynamicProps": false, "dynamicItems": true };
    function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate20.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.title === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema31.required, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.id === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema31.required, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.toelichting === void 0) {
          const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "toelichting" }, message: "must have required property 'toelichting'", schema: schema31.required, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data.levenscyclus === void 0) {
          const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "levenscyclus" }, message: "must have required property 'levenscyclus'", schema: schema31.required, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data.onderwerp === void 0) {
          const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "onderwerp" }, message: "must have required property 'onderwerp'", schema: schema31.required, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data.rollen === void 0) {
          const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rollen" }, message: "must have required property 'rollen'", schema: schema31.required, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!func1.call(schema31.properties, key0)) {
            const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data.title !== void 0) {
          let data0 = data.title;
          if (typeof data0 === "string") {
            if (func2(data0) < 1) {
              const err7 = { instancePath: instancePath + "/title", schemaPath: "defs.schema.json#/$defs/sentence/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data0 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (!pattern4.test(data0)) {
              const err8 = { instancePath: instancePath + "/title", schemaPath: "defs.schema.json#/$defs/sentence/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema33, data: data0 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/title", schemaPath: "defs.schema.json#/$defs/sentence/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data.id !== void 0) {
          let data1 = data.id;
          if (typeof data1 === "string") {
            if (!pattern5.test(data1)) {
              const err10 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^urn:nl:ak:mtr:(org|pba|owp|dat|owk|ver|imp|mon|uit)-[0-9]{2}$" }, message: 'must match pattern "^urn:nl:ak:mtr:(org|pba|owp|dat|owk|ver|imp|mon|uit)-[0-9]{2}$"', schema: "^urn:nl:ak:mtr:(org|pba|owp|dat|owk|ver|imp|mon|uit)-[0-9]{2}$", parentSchema: schema31.properties.id, data: data1 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.id.type, parentSchema: schema31.properties.id, data: data1 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data.toelichting !== void 0) {
          let data2 = data.toelichting;
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err12 = { instancePath: instancePath + "/toelichting", schemaPath: "defs.schema.json#/$defs/sentence/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data2 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (!pattern4.test(data2)) {
              const err13 = { instancePath: instancePath + "/toelichting", schemaPath: "defs.schema.json#/$defs/sentence/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema33, data: data2 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/toelichting", schemaPath: "defs.schema.json#/$defs/sentence/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data2 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data.levenscyclus !== void 0) {
          let data3 = data.levenscyclus;
          if (Array.isArray(data3)) {
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data4 = data3[i0];
              if (typeof data4 !== "string" && data4 !== null) {
                const err15 = { instancePath: instancePath + "/levenscyclus/" + i0, schemaPath: "defs.schema.json#/$defs/labelList/items/type", keyword: "type", params: { type: schema35.items.type }, message: "must be string,null", schema: schema35.items.type, parentSchema: schema35.items, data: data4 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/levenscyclus", schemaPath: "defs.schema.json#/$defs/labelList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.type, parentSchema: schema35, data: data3 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data.onderwerp !== void 0) {
          let data5 = data.onderwerp;
          if (Array.isArray(data5)) {
            const len1 = data5.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data6 = data5[i1];
              if (typeof data6 !== "string" && data6 !== null) {
                const err17 = { instancePath: instancePath + "/onderwerp/" + i1, schemaPath: "defs.schema.json#/$defs/labelList/items/type", keyword: "type", params: { type: schema35.items.type }, message: "must be string,null", schema: schema35.items.type, parentSchema: schema35.items, data: data6 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/onderwerp", schemaPath: "defs.schema.json#/$defs/labelList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.type, parentSchema: schema35, data: data5 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data.rollen !== void 0) {
          let data7 = data.rollen;
          if (Array.isArray(data7)) {
            const len2 = data7.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data8 = data7[i2];
              if (typeof data8 !== "string" && data8 !== null) {
                const err19 = { instancePath: instancePath + "/rollen/" + i2, schemaPath: "defs.schema.json#/$defs/labelList/items/type", keyword: "type", params: { type: schema35.items.type }, message: "must be string,null", schema: schema35.items.type, parentSchema: schema35.items, data: data8 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          } else {
            const err20 = { instancePath: instancePath + "/rollen", schemaPath: "defs.schema.json#/$defs/labelList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.type, parentSchema: schema35, data: data7 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data.vereiste !== void 0) {
          let data9 = data.vereiste;
          if (!Array.isArray(data9) && data9 !== null) {
            const err21 = { instancePath: instancePath + "/vereiste", schemaPath: "defs.schema.json#/$defs/nameList/type", keyword: "type", params: { type: schema38.type }, message: "must be array,null", schema: schema38.type, parentSchema: schema38, data: data9 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          if (Array.isArray(data9)) {
            const len3 = data9.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data10 = data9[i3];
              if (typeof data10 !== "string" && data10 !== null) {
                const err22 = { instancePath: instancePath + "/vereiste/" + i3, schemaPath: "defs.schema.json#/$defs/nameList/items/type", keyword: "type", params: { type: schema38.items.type }, message: "must be string,null", schema: schema38.items.type, parentSchema: schema38.items, data: data10 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          }
        }
        if (data.sources !== void 0) {
          let data11 = data.sources;
          if (!(data11 && typeof data11 == "object" && !Array.isArray(data11)) && data11 !== null) {
            const err23 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/type", keyword: "type", params: { type: schema31.properties.sources.type }, message: "must be object,null", schema: schema31.properties.sources.type, parentSchema: schema31.properties.sources, data: data11 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            for (const key1 in data11) {
              if (!(key1 === "ADR" || key1 === "ARK")) {
                const err24 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.sources, data: data11 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data11.ADR !== void 0) {
              let data12 = data11.ADR;
              const _errs42 = errors;
              let valid16 = false;
              const _errs43 = errors;
              if (typeof data12 === "string") {
                if (!pattern7.test(data12)) {
                  const err25 = { instancePath: instancePath + "/sources/ADR", schemaPath: "#/$defs/adrCode/pattern", keyword: "pattern", params: { pattern: "^(SV|PRI|DM|IB)\\.[0-9]{1,2}$" }, message: 'must match pattern "^(SV|PRI|DM|IB)\\.[0-9]{1,2}$"', schema: "^(SV|PRI|DM|IB)\\.[0-9]{1,2}$", parentSchema: schema39, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              } else {
                const err26 = { instancePath: instancePath + "/sources/ADR", schemaPath: "#/$defs/adrCode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data12 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              var _valid0 = _errs43 === errors;
              valid16 = valid16 || _valid0;
              const _errs47 = errors;
              if (Array.isArray(data12)) {
                const len4 = data12.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data13 = data12[i4];
                  if (typeof data13 === "string") {
                    if (!pattern7.test(data13)) {
                      const err27 = { instancePath: instancePath + "/sources/ADR/" + i4, schemaPath: "#/$defs/adrCode/pattern", keyword: "pattern", params: { pattern: "^(SV|PRI|DM|IB)\\.[0-9]{1,2}$" }, message: 'must match pattern "^(SV|PRI|DM|IB)\\.[0-9]{1,2}$"', schema: "^(SV|PRI|DM|IB)\\.[0-9]{1,2}$", parentSchema: schema39, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err27];
                      } else {
                        vErrors.push(err27);
                      }
                      errors++;
                    }
                  } else {
                    const err28 = { instancePath: instancePath + "/sources/ADR/" + i4, schemaPath: "#/$defs/adrCode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
              } else {
                const err29 = { instancePath: instancePath + "/sources/ADR", schemaPath: "#/properties/sources/properties/ADR/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.sources.properties.ADR.anyOf[1].type, parentSchema: schema31.properties.sources.properties.ADR.anyOf[1], data: data12 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              var _valid0 = _errs47 === errors;
              valid16 = valid16 || _valid0;
              const _errs53 = errors;
              if (data12 !== null) {
                const err30 = { instancePath: instancePath + "/sources/ADR", schemaPath: "#/properties/sources/properties/ADR/anyOf/2/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema31.properties.sources.properties.ADR.anyOf[2].type, parentSchema: schema31.properties.sources.properties.ADR.anyOf[2], data: data12 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
              var _valid0 = _errs53 === errors;
              valid16 = valid16 || _valid0;
              if (!valid16) {
                const err31 = { instancePath: instancePath + "/sources/ADR", schemaPath: "#/properties/sources/properties/ADR/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.properties.sources.properties.ADR.anyOf, parentSchema: schema31.properties.sources.properties.ADR, data: data12 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              } else {
                errors = _errs42;
                if (vErrors !== null) {
                  if (_errs42) {
                    vErrors.length = _errs42;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data11.ARK !== void 0) {
              let data14 = data11.ARK;
              const _errs56 = errors;
              let valid21 = false;
              const _errs57 = errors;
              if (typeof data14 !== "string" && !(typeof data14 == "number" && isFinite(data14))) {
                const err32 = { instancePath: instancePath + "/sources/ARK", schemaPath: "#/$defs/arkCode/type", keyword: "type", params: { type: schema41.type }, message: "must be string,number", schema: schema41.type, parentSchema: schema41, data: data14 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
              if (typeof data14 === "string") {
                if (!pattern9.test(data14)) {
                  const err33 = { instancePath: instancePath + "/sources/ARK", schemaPath: "#/$defs/arkCode/pattern", keyword: "pattern", params: { pattern: "^[0-9]\\.[0-9]{2}$" }, message: 'must match pattern "^[0-9]\\.[0-9]{2}$"', schema: "^[0-9]\\.[0-9]{2}$", parentSchema: schema41, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              }
              var _valid1 = _errs57 === errors;
              valid21 = valid21 || _valid1;
              const _errs61 = errors;
              if (Array.isArray(data14)) {
                const len5 = data14.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  let data15 = data14[i5];
                  if (typeof data15 !== "string" && !(typeof data15 == "number" && isFinite(data15))) {
                    const err34 = { instancePath: instancePath + "/sources/ARK/" + i5, schemaPath: "#/$defs/arkCode/type", keyword: "type", params: { type: schema41.type }, message: "must be string,number", schema: schema41.type, parentSchema: schema41, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                  if (typeof data15 === "string") {
                    if (!pattern9.test(data15)) {
                      const err35 = { instancePath: instancePath + "/sources/ARK/" + i5, schemaPath: "#/$defs/arkCode/pattern", keyword: "pattern", params: { pattern: "^[0-9]\\.[0-9]{2}$" }, message: 'must match pattern "^[0-9]\\.[0-9]{2}$"', schema: "^[0-9]\\.[0-9]{2}$", parentSchema: schema41, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err35];
                      } else {
                        vErrors.push(err35);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err36 = { instancePath: instancePath + "/sources/ARK", schemaPath: "#/properties/sources/properties/ARK/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.sources.properties.ARK.anyOf[1].type, parentSchema: schema31.properties.sources.properties.ARK.anyOf[1], data: data14 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
              var _valid1 = _errs61 === errors;
              valid21 = valid21 || _valid1;
              const _errs67 = errors;
              if (data14 !== null) {
                const err37 = { instancePath: instancePath + "/sources/ARK", schemaPath: "#/properties/sources/properties/ARK/anyOf/2/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema31.properties.sources.properties.ARK.anyOf[2].type, parentSchema: schema31.properties.sources.properties.ARK.anyOf[2], data: data14 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
              var _valid1 = _errs67 === errors;
              valid21 = valid21 || _valid1;
              if (!valid21) {
                const err38 = { instancePath: instancePath + "/sources/ARK", schemaPath: "#/properties/sources/properties/ARK/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.properties.sources.properties.ARK.anyOf, parentSchema: schema31.properties.sources.properties.ARK, data: data14 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              } else {
                errors = _errs56;
                if (vErrors !== null) {
                  if (_errs56) {
                    vErrors.length = _errs56;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          }
        }
        if (data.hide !== void 0) {
          if (!validate22(data.hide, { instancePath: instancePath + "/hide", parentData: data, parentDataProperty: "hide", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err39 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      validate20.errors = vErrors;
      return errors === 0;
    }
    validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports2.vereiste = validate24;
    var schema46 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://algoritmekader-lint/schemas/vereiste.schema.json", "title": "Frontmatter of a vereiste", "type": "object", "required": ["title", "id", "toelichting", "levenscyclus", "onderwerp", "rollen"], "properties": { "title": { "$ref": "defs.schema.json#/$defs/sentence", "x-aliases": ["titel"] }, "id": { "type": "string", "pattern": "^urn:nl:ak:ver:[a-z]{2,5}-[0-9]{2}$", "x-hint": { "nl": "Een vereiste-URN is `urn:nl:ak:ver:<code>-<nn>`, bijvoorbeeld `urn:nl:ak:ver:aia-08`.", "en": "A vereiste URN is `urn:nl:ak:ver:<code>-<nn>`, for example `urn:nl:ak:ver:aia-08`." } }, "toelichting": { "$ref": "defs.schema.json#/$defs/sentence", "x-aliases": ["beschrijving", "description", "samenvatting"] }, "levenscyclus": { "$ref": "defs.schema.json#/$defs/labelList", "x-aliases": ["fase", "fasen"] }, "onderwerp": { "$ref": "defs.schema.json#/$defs/labelList", "x-aliases": ["onderwerpen"] }, "rollen": { "$ref": "defs.schema.json#/$defs/labelList", "x-aliases": ["rol"] }, "status_vereiste": { "type": "array", "items": { "type": "string" } }, "soort-toepassing": { "type": "array", "items": { "enum": ["ai-systeem", "ai-systeem-voor-algemene-doeleinden", "ai-model-voor-algemene-doeleinden"] } }, "risicogroep": { "type": "array", "items": { "enum": ["hoog-risico-ai-systeem", "geen-hoog-risico-ai-systeem", "uitzondering-van-toepassing", "verboden-ai", "verboden-ai-systeem", "niet-van-toepassing"] } }, "rol-ai-act": { "type": "array", "items": { "enum": ["aanbieder", "gebruiksverantwoordelijke", "importeur", "distributeur"] } }, "systeemrisico": { "type": "array", "items": { "enum": ["systeemrisico", "geen-systeemrisico", "niet-van-toepassing"] } }, "transparantieverplichting": { "type": "array", "items": { "enum": ["transparantieverplichting", "geen-transparantieverplichting", "niet-van-toepassing"] } }, "open-source": { "type": "array", "items": { "enum": ["open-source", "geen-open-source", "niet-van-toepassing"] } }, "uitzondering": { "description": "Label names prefixed with their key (`risicogroep-uitzondering-van-toepassing`) or logical expressions of them with `&&`, `||` and parentheses.", "type": ["array", "null"], "items": { "type": ["string", "null"] } }, "hide": { "$ref": "defs.schema.json#/$defs/hide" } }, "additionalProperties": false };
    var pattern12 = new RegExp("^urn:nl:ak:ver:[a-z]{2,5}-[0-9]{2}$", "u");
    function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate25.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      const _errs0 = errors;
      let valid0 = false;
      const _errs1 = errors;
      if (!(data === "navigation" || data === "toc" || data === "footer" || data === "path" || data === "tags" || data === "feedback")) {
        const err0 = { instancePath, schemaPath: "#/$defs/hideValue/enum", keyword: "enum", params: { allowedValues: schema44.enum }, message: "must be equal to one of the allowed values", schema: schema44.enum, parentSchema: schema44, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      var _valid0 = _errs1 === errors;
      valid0 = valid0 || _valid0;
      const _errs3 = errors;
      if (Array.isArray(data)) {
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data0 = data[i0];
          if (!(data0 === "navigation" || data0 === "toc" || data0 === "footer" || data0 === "path" || data0 === "tags" || data0 === "feedback")) {
            const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/hideValue/enum", keyword: "enum", params: { allowedValues: schema44.enum }, message: "must be equal to one of the allowed values", schema: schema44.enum, parentSchema: schema44, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema43.anyOf[1].type, parentSchema: schema43.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var _valid0 = _errs3 === errors;
      valid0 = valid0 || _valid0;
      if (_valid0) {
        var items0 = true;
      }
      const _errs7 = errors;
      if (data !== null) {
        const err3 = { instancePath, schemaPath: "#/anyOf/2/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema43.anyOf[2].type, parentSchema: schema43.anyOf[2], data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      valid0 = valid0 || _valid0;
      if (!valid0) {
        const err4 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema43.anyOf, parentSchema: schema43, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      } else {
        errors = _errs0;
        if (vErrors !== null) {
          if (_errs0) {
            vErrors.length = _errs0;
          } else {
            vErrors = null;
          }
        }
      }
      validate25.errors = vErrors;
      evaluated0.items = items0;
      return errors === 0;
    }
    validate25.evaluated = { "dynamicProps": false, "dynamicItems": true };
    function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate24.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.title === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema46.required, parentSchema: schema46, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.id === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema46.required, parentSchema: schema46, data };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.toelichting === void 0) {
          const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "toelichting" }, message: "must have required property 'toelichting'", schema: schema46.required, parentSchema: schema46, data };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data.levenscyclus === void 0) {
          const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "levenscyclus" }, message: "must have required property 'levenscyclus'", schema: schema46.required, parentSchema: schema46, data };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data.onderwerp === void 0) {
          const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "onderwerp" }, message: "must have required property 'onderwerp'", schema: schema46.required, parentSchema: schema46, data };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data.rollen === void 0) {
          const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rollen" }, message: "must have required property 'rollen'", schema: schema46.required, parentSchema: schema46, data };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!func1.call(schema46.properties, key0)) {
            const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema46, data };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data.title !== void 0) {
          let data0 = data.title;
          if (typeof data0 === "string") {
            if (func2(data0) < 1) {
              const err7 = { instancePath: instancePath + "/title", schemaPath: "defs.schema.json#/$defs/sentence/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data0 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (!pattern4.test(data0)) {
              const err8 = { instancePath: instancePath + "/title", schemaPath: "defs.schema.json#/$defs/sentence/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema33, data: data0 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/title", schemaPath: "defs.schema.json#/$defs/sentence/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data.id !== void 0) {
          let data1 = data.id;
          if (typeof data1 === "string") {
            if (!pattern12.test(data1)) {
              const err10 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^urn:nl:ak:ver:[a-z]{2,5}-[0-9]{2}$" }, message: 'must match pattern "^urn:nl:ak:ver:[a-z]{2,5}-[0-9]{2}$"', schema: "^urn:nl:ak:ver:[a-z]{2,5}-[0-9]{2}$", parentSchema: schema46.properties.id, data: data1 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.id.type, parentSchema: schema46.properties.id, data: data1 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data.toelichting !== void 0) {
          let data2 = data.toelichting;
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err12 = { instancePath: instancePath + "/toelichting", schemaPath: "defs.schema.json#/$defs/sentence/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data2 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (!pattern4.test(data2)) {
              const err13 = { instancePath: instancePath + "/toelichting", schemaPath: "defs.schema.json#/$defs/sentence/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema33, data: data2 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/toelichting", schemaPath: "defs.schema.json#/$defs/sentence/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data2 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data.levenscyclus !== void 0) {
          let data3 = data.levenscyclus;
          if (Array.isArray(data3)) {
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data4 = data3[i0];
              if (typeof data4 !== "string" && data4 !== null) {
                const err15 = { instancePath: instancePath + "/levenscyclus/" + i0, schemaPath: "defs.schema.json#/$defs/labelList/items/type", keyword: "type", params: { type: schema35.items.type }, message: "must be string,null", schema: schema35.items.type, parentSchema: schema35.items, data: data4 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/levenscyclus", schemaPath: "defs.schema.json#/$defs/labelList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.type, parentSchema: schema35, data: data3 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data.onderwerp !== void 0) {
          let data5 = data.onderwerp;
          if (Array.isArray(data5)) {
            const len1 = data5.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data6 = data5[i1];
              if (typeof data6 !== "string" && data6 !== null) {
                const err17 = { instancePath: instancePath + "/onderwerp/" + i1, schemaPath: "defs.schema.json#/$defs/labelList/items/type", keyword: "type", params: { type: schema35.items.type }, message: "must be string,null", schema: schema35.items.type, parentSchema: schema35.items, data: data6 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/onderwerp", schemaPath: "defs.schema.json#/$defs/labelList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.type, parentSchema: schema35, data: data5 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data.rollen !== void 0) {
          let data7 = data.rollen;
          if (Array.isArray(data7)) {
            const len2 = data7.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data8 = data7[i2];
              if (typeof data8 !== "string" && data8 !== null) {
                const err19 = { instancePath: instancePath + "/rollen/" + i2, schemaPath: "defs.schema.json#/$defs/labelList/items/type", keyword: "type", params: { type: schema35.items.type }, message: "must be string,null", schema: schema35.items.type, parentSchema: schema35.items, data: data8 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          } else {
            const err20 = { instancePath: instancePath + "/rollen", schemaPath: "defs.schema.json#/$defs/labelList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.type, parentSchema: schema35, data: data7 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data.status_vereiste !== void 0) {
          let data9 = data.status_vereiste;
          if (Array.isArray(data9)) {
            const len3 = data9.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data10 = data9[i3];
              if (typeof data10 !== "string") {
                const err21 = { instancePath: instancePath + "/status_vereiste/" + i3, schemaPath: "#/properties/status_vereiste/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.status_vereiste.items.type, parentSchema: schema46.properties.status_vereiste.items, data: data10 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/status_vereiste", schemaPath: "#/properties/status_vereiste/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema46.properties.status_vereiste.type, parentSchema: schema46.properties.status_vereiste, data: data9 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data["soort-toepassing"] !== void 0) {
          let data11 = data["soort-toepassing"];
          if (Array.isArray(data11)) {
            const len4 = data11.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data12 = data11[i4];
              if (!(data12 === "ai-systeem" || data12 === "ai-systeem-voor-algemene-doeleinden" || data12 === "ai-model-voor-algemene-doeleinden")) {
                const err23 = { instancePath: instancePath + "/soort-toepassing/" + i4, schemaPath: "#/properties/soort-toepassing/items/enum", keyword: "enum", params: { allowedValues: schema46.properties["soort-toepassing"].items.enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["soort-toepassing"].items.enum, parentSchema: schema46.properties["soort-toepassing"].items, data: data12 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/soort-toepassing", schemaPath: "#/properties/soort-toepassing/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema46.properties["soort-toepassing"].type, parentSchema: schema46.properties["soort-toepassing"], data: data11 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data.risicogroep !== void 0) {
          let data13 = data.risicogroep;
          if (Array.isArray(data13)) {
            const len5 = data13.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data14 = data13[i5];
              if (!(data14 === "hoog-risico-ai-systeem" || data14 === "geen-hoog-risico-ai-systeem" || data14 === "uitzondering-van-toepassing" || data14 === "verboden-ai" || data14 === "verboden-ai-systeem" || data14 === "niet-van-toepassing")) {
                const err25 = { instancePath: instancePath + "/risicogroep/" + i5, schemaPath: "#/properties/risicogroep/items/enum", keyword: "enum", params: { allowedValues: schema46.properties.risicogroep.items.enum }, message: "must be equal to one of the allowed values", schema: schema46.properties.risicogroep.items.enum, parentSchema: schema46.properties.risicogroep.items, data: data14 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/risicogroep", schemaPath: "#/properties/risicogroep/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema46.properties.risicogroep.type, parentSchema: schema46.properties.risicogroep, data: data13 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data["rol-ai-act"] !== void 0) {
          let data15 = data["rol-ai-act"];
          if (Array.isArray(data15)) {
            const len6 = data15.length;
            for (let i6 = 0; i6 < len6; i6++) {
              let data16 = data15[i6];
              if (!(data16 === "aanbieder" || data16 === "gebruiksverantwoordelijke" || data16 === "importeur" || data16 === "distributeur")) {
                const err27 = { instancePath: instancePath + "/rol-ai-act/" + i6, schemaPath: "#/properties/rol-ai-act/items/enum", keyword: "enum", params: { allowedValues: schema46.properties["rol-ai-act"].items.enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["rol-ai-act"].items.enum, parentSchema: schema46.properties["rol-ai-act"].items, data: data16 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/rol-ai-act", schemaPath: "#/properties/rol-ai-act/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema46.properties["rol-ai-act"].type, parentSchema: schema46.properties["rol-ai-act"], data: data15 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data.systeemrisico !== void 0) {
          let data17 = data.systeemrisico;
          if (Array.isArray(data17)) {
            const len7 = data17.length;
            for (let i7 = 0; i7 < len7; i7++) {
              let data18 = data17[i7];
              if (!(data18 === "systeemrisico" || data18 === "geen-systeemrisico" || data18 === "niet-van-toepassing")) {
                const err29 = { instancePath: instancePath + "/systeemrisico/" + i7, schemaPath: "#/properties/systeemrisico/items/enum", keyword: "enum", params: { allowedValues: schema46.properties.systeemrisico.items.enum }, message: "must be equal to one of the allowed values", schema: schema46.properties.systeemrisico.items.enum, parentSchema: schema46.properties.systeemrisico.items, data: data18 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/systeemrisico", schemaPath: "#/properties/systeemrisico/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema46.properties.systeemrisico.type, parentSchema: schema46.properties.systeemrisico, data: data17 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data.transparantieverplichting !== void 0) {
          let data19 = data.transparantieverplichting;
          if (Array.isArray(data19)) {
            const len8 = data19.length;
            for (let i8 = 0; i8 < len8; i8++) {
              let data20 = data19[i8];
              if (!(data20 === "transparantieverplichting" || data20 === "geen-transparantieverplichting" || data20 === "niet-van-toepassing")) {
                const err31 = { instancePath: instancePath + "/transparantieverplichting/" + i8, schemaPath: "#/properties/transparantieverplichting/items/enum", keyword: "enum", params: { allowedValues: schema46.properties.transparantieverplichting.items.enum }, message: "must be equal to one of the allowed values", schema: schema46.properties.transparantieverplichting.items.enum, parentSchema: schema46.properties.transparantieverplichting.items, data: data20 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
          } else {
            const err32 = { instancePath: instancePath + "/transparantieverplichting", schemaPath: "#/properties/transparantieverplichting/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema46.properties.transparantieverplichting.type, parentSchema: schema46.properties.transparantieverplichting, data: data19 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data["open-source"] !== void 0) {
          let data21 = data["open-source"];
          if (Array.isArray(data21)) {
            const len9 = data21.length;
            for (let i9 = 0; i9 < len9; i9++) {
              let data22 = data21[i9];
              if (!(data22 === "open-source" || data22 === "geen-open-source" || data22 === "niet-van-toepassing")) {
                const err33 = { instancePath: instancePath + "/open-source/" + i9, schemaPath: "#/properties/open-source/items/enum", keyword: "enum", params: { allowedValues: schema46.properties["open-source"].items.enum }, message: "must be equal to one of the allowed values", schema: schema46.properties["open-source"].items.enum, parentSchema: schema46.properties["open-source"].items, data: data22 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/open-source", schemaPath: "#/properties/open-source/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema46.properties["open-source"].type, parentSchema: schema46.properties["open-source"], data: data21 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data.uitzondering !== void 0) {
          let data23 = data.uitzondering;
          if (!Array.isArray(data23) && data23 !== null) {
            const err35 = { instancePath: instancePath + "/uitzondering", schemaPath: "#/properties/uitzondering/type", keyword: "type", params: { type: schema46.properties.uitzondering.type }, message: "must be array,null", schema: schema46.properties.uitzondering.type, parentSchema: schema46.properties.uitzondering, data: data23 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
          if (Array.isArray(data23)) {
            const len10 = data23.length;
            for (let i10 = 0; i10 < len10; i10++) {
              let data24 = data23[i10];
              if (typeof data24 !== "string" && data24 !== null) {
                const err36 = { instancePath: instancePath + "/uitzondering/" + i10, schemaPath: "#/properties/uitzondering/items/type", keyword: "type", params: { type: schema46.properties.uitzondering.items.type }, message: "must be string,null", schema: schema46.properties.uitzondering.items.type, parentSchema: schema46.properties.uitzondering.items, data: data24 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
          }
        }
        if (data.hide !== void 0) {
          if (!validate25(data.hide, { instancePath: instancePath + "/hide", parentData: data, parentDataProperty: "hide", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err37 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.type, parentSchema: schema46, data };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      validate24.errors = vErrors;
      return errors === 0;
    }
    validate24.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports2.hulpmiddel = validate27;
    var schema55 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://algoritmekader-lint/schemas/hulpmiddel.schema.json", "title": "Frontmatter of a hulpmiddel", "type": "object", "required": ["title", "toelichting", "categorie", "levenscyclus", "onderwerp", "rollen"], "properties": { "title": { "$ref": "defs.schema.json#/$defs/sentence", "x-aliases": ["titel"] }, "toelichting": { "$ref": "defs.schema.json#/$defs/sentence", "x-aliases": ["beschrijving", "description", "samenvatting"] }, "categorie": { "type": "array", "items": { "enum": ["toetsingskader", "handreiking", "impact-assessment", "register", "template", "standaard", "factsheet", "roadmap", "self-assessment"] }, "x-aliases": ["categorieen", "category"] }, "levenscyclus": { "$ref": "defs.schema.json#/$defs/labelList", "x-aliases": ["fase", "fasen"] }, "onderwerp": { "$ref": "defs.schema.json#/$defs/labelList", "x-aliases": ["onderwerpen"] }, "rollen": { "$ref": "defs.schema.json#/$defs/labelList", "x-aliases": ["rol"] }, "vereiste": { "$ref": "defs.schema.json#/$defs/nameList", "x-aliases": ["vereisten"] }, "maatregel": { "$ref": "defs.schema.json#/$defs/nameList", "x-aliases": ["maatregelen"] }, "hide": { "$ref": "defs.schema.json#/$defs/hide" } }, "additionalProperties": false };
    function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate28.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      const _errs0 = errors;
      let valid0 = false;
      const _errs1 = errors;
      if (!(data === "navigation" || data === "toc" || data === "footer" || data === "path" || data === "tags" || data === "feedback")) {
        const err0 = { instancePath, schemaPath: "#/$defs/hideValue/enum", keyword: "enum", params: { allowedValues: schema44.enum }, message: "must be equal to one of the allowed values", schema: schema44.enum, parentSchema: schema44, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      var _valid0 = _errs1 === errors;
      valid0 = valid0 || _valid0;
      const _errs3 = errors;
      if (Array.isArray(data)) {
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data0 = data[i0];
          if (!(data0 === "navigation" || data0 === "toc" || data0 === "footer" || data0 === "path" || data0 === "tags" || data0 === "feedback")) {
            const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/hideValue/enum", keyword: "enum", params: { allowedValues: schema44.enum }, message: "must be equal to one of the allowed values", schema: schema44.enum, parentSchema: schema44, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema43.anyOf[1].type, parentSchema: schema43.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var _valid0 = _errs3 === errors;
      valid0 = valid0 || _valid0;
      if (_valid0) {
        var items0 = true;
      }
      const _errs7 = errors;
      if (data !== null) {
        const err3 = { instancePath, schemaPath: "#/anyOf/2/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema43.anyOf[2].type, parentSchema: schema43.anyOf[2], data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      valid0 = valid0 || _valid0;
      if (!valid0) {
        const err4 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema43.anyOf, parentSchema: schema43, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      } else {
        errors = _errs0;
        if (vErrors !== null) {
          if (_errs0) {
            vErrors.length = _errs0;
          } else {
            vErrors = null;
          }
        }
      }
      validate28.errors = vErrors;
      evaluated0.items = items0;
      return errors === 0;
    }
    validate28.evaluated = { "dynamicProps": false, "dynamicItems": true };
    function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate27.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.title === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema55.required, parentSchema: schema55, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.toelichting === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "toelichting" }, message: "must have required property 'toelichting'", schema: schema55.required, parentSchema: schema55, data };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.categorie === void 0) {
          const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "categorie" }, message: "must have required property 'categorie'", schema: schema55.required, parentSchema: schema55, data };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data.levenscyclus === void 0) {
          const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "levenscyclus" }, message: "must have required property 'levenscyclus'", schema: schema55.required, parentSchema: schema55, data };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data.onderwerp === void 0) {
          const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "onderwerp" }, message: "must have required property 'onderwerp'", schema: schema55.required, parentSchema: schema55, data };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data.rollen === void 0) {
          const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rollen" }, message: "must have required property 'rollen'", schema: schema55.required, parentSchema: schema55, data };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!func1.call(schema55.properties, key0)) {
            const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55, data };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data.title !== void 0) {
          let data0 = data.title;
          if (typeof data0 === "string") {
            if (func2(data0) < 1) {
              const err7 = { instancePath: instancePath + "/title", schemaPath: "defs.schema.json#/$defs/sentence/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data0 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (!pattern4.test(data0)) {
              const err8 = { instancePath: instancePath + "/title", schemaPath: "defs.schema.json#/$defs/sentence/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema33, data: data0 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/title", schemaPath: "defs.schema.json#/$defs/sentence/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data.toelichting !== void 0) {
          let data1 = data.toelichting;
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err10 = { instancePath: instancePath + "/toelichting", schemaPath: "defs.schema.json#/$defs/sentence/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data1 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (!pattern4.test(data1)) {
              const err11 = { instancePath: instancePath + "/toelichting", schemaPath: "defs.schema.json#/$defs/sentence/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema33, data: data1 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/toelichting", schemaPath: "defs.schema.json#/$defs/sentence/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data.categorie !== void 0) {
          let data2 = data.categorie;
          if (Array.isArray(data2)) {
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data3 = data2[i0];
              if (!(data3 === "toetsingskader" || data3 === "handreiking" || data3 === "impact-assessment" || data3 === "register" || data3 === "template" || data3 === "standaard" || data3 === "factsheet" || data3 === "roadmap" || data3 === "self-assessment")) {
                const err13 = { instancePath: instancePath + "/categorie/" + i0, schemaPath: "#/properties/categorie/items/enum", keyword: "enum", params: { allowedValues: schema55.properties.categorie.items.enum }, message: "must be equal to one of the allowed values", schema: schema55.properties.categorie.items.enum, parentSchema: schema55.properties.categorie.items, data: data3 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/categorie", schemaPath: "#/properties/categorie/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema55.properties.categorie.type, parentSchema: schema55.properties.categorie, data: data2 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data.levenscyclus !== void 0) {
          let data4 = data.levenscyclus;
          if (Array.isArray(data4)) {
            const len1 = data4.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data5 = data4[i1];
              if (typeof data5 !== "string" && data5 !== null) {
                const err15 = { instancePath: instancePath + "/levenscyclus/" + i1, schemaPath: "defs.schema.json#/$defs/labelList/items/type", keyword: "type", params: { type: schema35.items.type }, message: "must be string,null", schema: schema35.items.type, parentSchema: schema35.items, data: data5 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/levenscyclus", schemaPath: "defs.schema.json#/$defs/labelList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.type, parentSchema: schema35, data: data4 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data.onderwerp !== void 0) {
          let data6 = data.onderwerp;
          if (Array.isArray(data6)) {
            const len2 = data6.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data7 = data6[i2];
              if (typeof data7 !== "string" && data7 !== null) {
                const err17 = { instancePath: instancePath + "/onderwerp/" + i2, schemaPath: "defs.schema.json#/$defs/labelList/items/type", keyword: "type", params: { type: schema35.items.type }, message: "must be string,null", schema: schema35.items.type, parentSchema: schema35.items, data: data7 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/onderwerp", schemaPath: "defs.schema.json#/$defs/labelList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.type, parentSchema: schema35, data: data6 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data.rollen !== void 0) {
          let data8 = data.rollen;
          if (Array.isArray(data8)) {
            const len3 = data8.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data9 = data8[i3];
              if (typeof data9 !== "string" && data9 !== null) {
                const err19 = { instancePath: instancePath + "/rollen/" + i3, schemaPath: "defs.schema.json#/$defs/labelList/items/type", keyword: "type", params: { type: schema35.items.type }, message: "must be string,null", schema: schema35.items.type, parentSchema: schema35.items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          } else {
            const err20 = { instancePath: instancePath + "/rollen", schemaPath: "defs.schema.json#/$defs/labelList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.type, parentSchema: schema35, data: data8 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data.vereiste !== void 0) {
          let data10 = data.vereiste;
          if (!Array.isArray(data10) && data10 !== null) {
            const err21 = { instancePath: instancePath + "/vereiste", schemaPath: "defs.schema.json#/$defs/nameList/type", keyword: "type", params: { type: schema38.type }, message: "must be array,null", schema: schema38.type, parentSchema: schema38, data: data10 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          if (Array.isArray(data10)) {
            const len4 = data10.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data11 = data10[i4];
              if (typeof data11 !== "string" && data11 !== null) {
                const err22 = { instancePath: instancePath + "/vereiste/" + i4, schemaPath: "defs.schema.json#/$defs/nameList/items/type", keyword: "type", params: { type: schema38.items.type }, message: "must be string,null", schema: schema38.items.type, parentSchema: schema38.items, data: data11 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          }
        }
        if (data.maatregel !== void 0) {
          let data12 = data.maatregel;
          if (!Array.isArray(data12) && data12 !== null) {
            const err23 = { instancePath: instancePath + "/maatregel", schemaPath: "defs.schema.json#/$defs/nameList/type", keyword: "type", params: { type: schema38.type }, message: "must be array,null", schema: schema38.type, parentSchema: schema38, data: data12 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
          if (Array.isArray(data12)) {
            const len5 = data12.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data13 = data12[i5];
              if (typeof data13 !== "string" && data13 !== null) {
                const err24 = { instancePath: instancePath + "/maatregel/" + i5, schemaPath: "defs.schema.json#/$defs/nameList/items/type", keyword: "type", params: { type: schema38.items.type }, message: "must be string,null", schema: schema38.items.type, parentSchema: schema38.items, data: data13 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          }
        }
        if (data.hide !== void 0) {
          if (!validate28(data.hide, { instancePath: instancePath + "/hide", parentData: data, parentDataProperty: "hide", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.type, parentSchema: schema55, data };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      validate27.errors = vErrors;
      return errors === 0;
    }
    validate27.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports2.config = validate30;
    var schema66 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/MinBZK/algoritmekader-lint/schemas/config.schema.json", "title": "algoritmekader-lint configuration", "description": "Generated from the rule metadata by `npm run generate`; do not edit.", "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "lang": { "enum": ["nl", "en"] }, "docsDir": { "type": "string" }, "siteUrl": { "type": "string" }, "auditCodes": { "type": "string" }, "schemas": { "type": "object", "additionalProperties": false, "properties": { "maatregel": { "type": "string" }, "vereiste": { "type": "string" }, "hulpmiddel": { "type": "string" } } }, "references": { "type": "object", "additionalProperties": { "enum": ["maatregel", "vereiste", "hulpmiddel"] } }, "vocabularies": { "type": "object", "additionalProperties": { "type": "string" } }, "kinds": { "type": "object", "additionalProperties": false, "properties": { "maatregel": { "type": "object", "additionalProperties": false, "properties": { "folder": { "type": "string" }, "urnPrefix": { "type": "string" }, "codes": { "type": "array", "items": { "type": "string" } }, "phaseDigit": { "type": "boolean" }, "sections": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["title"], "properties": { "title": { "type": "string" }, "aliases": { "type": "array", "items": { "type": "string" } }, "optional": { "type": "boolean" }, "when": { "type": "string" }, "nonEmpty": { "type": "boolean" } } } }, "markers": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string" }, "when": { "type": "string" }, "idPrefix": { "type": "string" }, "section": { "type": "string" }, "ownName": { "type": "boolean" } } } } } }, "vereiste": { "type": "object", "additionalProperties": false, "properties": { "folder": { "type": "string" }, "urnPrefix": { "type": "string" }, "codes": { "type": "array", "items": { "type": "string" } }, "phaseDigit": { "type": "boolean" }, "sections": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["title"], "properties": { "title": { "type": "string" }, "aliases": { "type": "array", "items": { "type": "string" } }, "optional": { "type": "boolean" }, "when": { "type": "string" }, "nonEmpty": { "type": "boolean" } } } }, "markers": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string" }, "when": { "type": "string" }, "idPrefix": { "type": "string" }, "section": { "type": "string" }, "ownName": { "type": "boolean" } } } } } }, "hulpmiddel": { "type": "object", "additionalProperties": false, "properties": { "folder": { "type": "string" }, "urnPrefix": { "type": "string" }, "codes": { "type": "array", "items": { "type": "string" } }, "phaseDigit": { "type": "boolean" }, "sections": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["title"], "properties": { "title": { "type": "string" }, "aliases": { "type": "array", "items": { "type": "string" } }, "optional": { "type": "boolean" }, "when": { "type": "string" }, "nonEmpty": { "type": "boolean" } } } }, "markers": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string" }, "when": { "type": "string" }, "idPrefix": { "type": "string" }, "section": { "type": "string" }, "ownName": { "type": "boolean" } } } } } } } }, "external": { "type": "object", "properties": { "ignorePatterns": { "type": "array", "items": { "oneOf": [{ "type": "string" }, { "type": "object", "properties": { "pattern": { "type": "string" } }, "required": ["pattern"] }] } }, "aliveStatusCodes": { "type": "array", "items": { "type": "integer", "minimum": 100, "maximum": 599 } }, "httpHeaders": { "type": "array", "items": { "type": "object", "properties": { "urls": { "type": "array", "items": { "type": "string" } }, "headers": { "type": "object", "additionalProperties": { "type": "string" } } }, "required": ["urls", "headers"] } }, "retryOn429": { "type": "boolean" }, "retryCount": { "type": "integer", "minimum": 0, "maximum": 10 }, "fallbackRetryDelay": { "oneOf": [{ "type": "number", "minimum": 0, "maximum": 6e5 }, { "type": "string" }] }, "timeout": { "oneOf": [{ "type": "number", "minimum": 1, "maximum": 12e4 }, { "type": "string" }] }, "concurrency": { "type": "integer", "minimum": 1 }, "perHost": { "type": "integer", "minimum": 1 }, "hostInterval": { "oneOf": [{ "type": "number", "minimum": 0, "maximum": 6e4 }, { "type": "string" }] }, "maxRedirects": { "type": "integer", "minimum": 0, "maximum": 20 }, "maxRetryDelay": { "oneOf": [{ "type": "number", "minimum": 0, "maximum": 6e5 }, { "type": "string" }] }, "cacheTtl": { "oneOf": [{ "type": "number", "minimum": 0, "maximum": 2592e6 }, { "type": "string" }] }, "mlcConfig": { "type": "string" }, "allowPrivateAddresses": { "oneOf": [{ "type": "boolean" }, { "type": "array", "items": { "type": "string" } }] } } }, "rules": { "$ref": "#/$defs/rules" }, "ignores": { "description": "Globs (relative to the repository root) of pages not to lint; they stay link targets.", "type": "array", "items": { "type": "string" } }, "overrides": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["files"], "properties": { "files": { "description": "Globs relative to the repository root.", "type": "array", "items": { "type": "string" }, "minItems": 1 }, "rules": { "$ref": "#/$defs/rules" } } } } }, "$defs": { "rules": { "type": "object", "additionalProperties": false, "properties": { "external-url": { "description": "External links work (only with `--external`).", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "external-url-rate-limited": { "description": 'External links that could not be checked because the server kept answering "too many requests" (429).', "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "external-url-redirect": { "description": "External links that redirect permanently point at the new address (only with `--external`).", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "file-encoding": { "description": "A page is UTF-8 text: not a binary file, no invalid characters.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "frontmatter-schema": { "description": "Frontmatter matches the schema of its page kind: required keys, types, allowed values.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "frontmatter-yaml": { "description": "Frontmatter is valid YAML without duplicate keys or empty list items.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "label-values": { "description": "Labels in `levenscyclus`, `onderwerp` and `rollen` are existing values of their vocabulary.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "link-anchor": { "description": "An anchor in a link (`#\u2026`) exists on the page the link goes to.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "link-live-site": { "description": "Links to the site itself are relative links to the `.md` file.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "link-target": { "description": "Every relative link points at an existing page or file in docs/.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "lint-directives": { "description": "Every `<!-- lint disable|enable|ignore \u2026 -->` comment names existing rules and does silence a message.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "reference-duplicate": { "description": "A name appears only once in a `vereiste:` or `maatregel:` list.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "reference-exists": { "description": "Every name under `vereiste:` and `maatregel:` is the file name (without `.md`) of an existing page.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "required-sections": { "description": "The required `##` sections of the template are on the page, once each.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "section-empty": { "description": "Sections that carry the page content (such as `## Maatregel`, `## Toelichting`, `## Risico`) are not empty.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "section-order": { "description": "The template sections are in the template order.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "site-markers": { "description": "The HTML comments the site replaces (`<!-- tags -->`, `<!-- list_\u2026 -->`) are present, in the right place, with the right name.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "sources-code-exists": { "description": "Every code in `sources:` is in the list of audit-framework codes (script/maatregelen-adr-ark.csv).", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "sources-code-quoted": { "description": "Codes in `sources:` that YAML reads as a number (`3.10` becomes 3.1) are quoted.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "spelling": { "description": "Every word of the prose is in the Dutch or English dictionary, or in the repository\u2019s word list.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "object", "properties": { "words": { "type": "array", "items": { "type": "string", "minLength": 1, "not": { "pattern": "^[\\\\/]|^[A-Za-z]:|(^|[\\\\/])\\.\\.([\\\\/]|$)" } }, "description": "More word files (one word a line, `#` comments), paths from the repository root; `.algoritmekader-lint-words.txt` is always read." }, "glossaries": { "type": "array", "items": { "type": "string", "minLength": 1, "not": { "pattern": "^[\\\\/]|^[A-Za-z]:|(^|[\\\\/])\\.\\.([\\\\/]|$)" } }, "description": "Files whose `*[term]: \u2026` lines define terms whose words are accepted." }, "suggestions": { "type": "integer", "minimum": 0, "maximum": 10, "description": "How many suggestions a message names." } }, "additionalProperties": false }], "minItems": 2, "maxItems": 2, "items": false }] }, "title-trailing-period": { "description": "The `title` does not end with a period.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "toelichting-max-words": { "description": "The `toelichting` has no more words than the template allows (40; set with `max`).", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "object", "properties": { "max": { "type": "integer", "minimum": 1, "description": "Most words allowed." } }, "additionalProperties": false }], "minItems": 2, "maxItems": 2, "items": false }] }, "urn-change": { "description": "URNs that a change removes, changes or moves (only with `--changed-since`).", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "urn-matches-filename": { "description": "The file name and the `id` (URN) have the same code and number.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "urn-unique": { "description": "Every `id` (URN) occurs only once in the whole repository.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "vereiste-unreferenced": { "description": "Every vereiste is listed by at least one maatregel (off by default).", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] } } } } };
    var schema67 = { "type": "object", "additionalProperties": false, "properties": { "external-url": { "description": "External links work (only with `--external`).", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "external-url-rate-limited": { "description": 'External links that could not be checked because the server kept answering "too many requests" (429).', "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "external-url-redirect": { "description": "External links that redirect permanently point at the new address (only with `--external`).", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "file-encoding": { "description": "A page is UTF-8 text: not a binary file, no invalid characters.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "frontmatter-schema": { "description": "Frontmatter matches the schema of its page kind: required keys, types, allowed values.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "frontmatter-yaml": { "description": "Frontmatter is valid YAML without duplicate keys or empty list items.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "label-values": { "description": "Labels in `levenscyclus`, `onderwerp` and `rollen` are existing values of their vocabulary.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "link-anchor": { "description": "An anchor in a link (`#\u2026`) exists on the page the link goes to.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "link-live-site": { "description": "Links to the site itself are relative links to the `.md` file.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "link-target": { "description": "Every relative link points at an existing page or file in docs/.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "lint-directives": { "description": "Every `<!-- lint disable|enable|ignore \u2026 -->` comment names existing rules and does silence a message.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "reference-duplicate": { "description": "A name appears only once in a `vereiste:` or `maatregel:` list.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "reference-exists": { "description": "Every name under `vereiste:` and `maatregel:` is the file name (without `.md`) of an existing page.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "required-sections": { "description": "The required `##` sections of the template are on the page, once each.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "section-empty": { "description": "Sections that carry the page content (such as `## Maatregel`, `## Toelichting`, `## Risico`) are not empty.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "section-order": { "description": "The template sections are in the template order.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "site-markers": { "description": "The HTML comments the site replaces (`<!-- tags -->`, `<!-- list_\u2026 -->`) are present, in the right place, with the right name.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "sources-code-exists": { "description": "Every code in `sources:` is in the list of audit-framework codes (script/maatregelen-adr-ark.csv).", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "sources-code-quoted": { "description": "Codes in `sources:` that YAML reads as a number (`3.10` becomes 3.1) are quoted.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "spelling": { "description": "Every word of the prose is in the Dutch or English dictionary, or in the repository\u2019s word list.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "object", "properties": { "words": { "type": "array", "items": { "type": "string", "minLength": 1, "not": { "pattern": "^[\\\\/]|^[A-Za-z]:|(^|[\\\\/])\\.\\.([\\\\/]|$)" } }, "description": "More word files (one word a line, `#` comments), paths from the repository root; `.algoritmekader-lint-words.txt` is always read." }, "glossaries": { "type": "array", "items": { "type": "string", "minLength": 1, "not": { "pattern": "^[\\\\/]|^[A-Za-z]:|(^|[\\\\/])\\.\\.([\\\\/]|$)" } }, "description": "Files whose `*[term]: \u2026` lines define terms whose words are accepted." }, "suggestions": { "type": "integer", "minimum": 0, "maximum": 10, "description": "How many suggestions a message names." } }, "additionalProperties": false }], "minItems": 2, "maxItems": 2, "items": false }] }, "title-trailing-period": { "description": "The `title` does not end with a period.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "toelichting-max-words": { "description": "The `toelichting` has no more words than the template allows (40; set with `max`).", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "object", "properties": { "max": { "type": "integer", "minimum": 1, "description": "Most words allowed." } }, "additionalProperties": false }], "minItems": 2, "maxItems": 2, "items": false }] }, "urn-change": { "description": "URNs that a change removes, changes or moves (only with `--changed-since`).", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "urn-matches-filename": { "description": "The file name and the `id` (URN) have the same code and number.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "urn-unique": { "description": "Every `id` (URN) occurs only once in the whole repository.", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] }, "vereiste-unreferenced": { "description": "Every vereiste is listed by at least one maatregel (off by default).", "anyOf": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }, { "type": "array", "prefixItems": [{ "enum": ["off", "warn", "error", 0, 1, 2], "description": "off, warn or error (0, 1, 2)" }], "minItems": 1, "maxItems": 1, "items": false }] } } };
    var pattern16 = new RegExp("^[\\\\/]|^[A-Za-z]:|(^|[\\\\/])\\.\\.([\\\\/]|$)", "u");
    function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate30.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
          if (!func1.call(schema66.properties, key0)) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema66, data };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        if (data.$schema !== void 0) {
          let data0 = data.$schema;
          if (typeof data0 !== "string") {
            const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.$schema.type, parentSchema: schema66.properties.$schema, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data.lang !== void 0) {
          let data1 = data.lang;
          if (!(data1 === "nl" || data1 === "en")) {
            const err2 = { instancePath: instancePath + "/lang", schemaPath: "#/properties/lang/enum", keyword: "enum", params: { allowedValues: schema66.properties.lang.enum }, message: "must be equal to one of the allowed values", schema: schema66.properties.lang.enum, parentSchema: schema66.properties.lang, data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data.docsDir !== void 0) {
          let data2 = data.docsDir;
          if (typeof data2 !== "string") {
            const err3 = { instancePath: instancePath + "/docsDir", schemaPath: "#/properties/docsDir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.docsDir.type, parentSchema: schema66.properties.docsDir, data: data2 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data.siteUrl !== void 0) {
          let data3 = data.siteUrl;
          if (typeof data3 !== "string") {
            const err4 = { instancePath: instancePath + "/siteUrl", schemaPath: "#/properties/siteUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.siteUrl.type, parentSchema: schema66.properties.siteUrl, data: data3 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data.auditCodes !== void 0) {
          let data4 = data.auditCodes;
          if (typeof data4 !== "string") {
            const err5 = { instancePath: instancePath + "/auditCodes", schemaPath: "#/properties/auditCodes/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.auditCodes.type, parentSchema: schema66.properties.auditCodes, data: data4 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data.schemas !== void 0) {
          let data5 = data.schemas;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key1 in data5) {
              if (!(key1 === "maatregel" || key1 === "vereiste" || key1 === "hulpmiddel")) {
                const err6 = { instancePath: instancePath + "/schemas", schemaPath: "#/properties/schemas/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema66.properties.schemas, data: data5 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data5.maatregel !== void 0) {
              let data6 = data5.maatregel;
              if (typeof data6 !== "string") {
                const err7 = { instancePath: instancePath + "/schemas/maatregel", schemaPath: "#/properties/schemas/properties/maatregel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.schemas.properties.maatregel.type, parentSchema: schema66.properties.schemas.properties.maatregel, data: data6 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data5.vereiste !== void 0) {
              let data7 = data5.vereiste;
              if (typeof data7 !== "string") {
                const err8 = { instancePath: instancePath + "/schemas/vereiste", schemaPath: "#/properties/schemas/properties/vereiste/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.schemas.properties.vereiste.type, parentSchema: schema66.properties.schemas.properties.vereiste, data: data7 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data5.hulpmiddel !== void 0) {
              let data8 = data5.hulpmiddel;
              if (typeof data8 !== "string") {
                const err9 = { instancePath: instancePath + "/schemas/hulpmiddel", schemaPath: "#/properties/schemas/properties/hulpmiddel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.schemas.properties.hulpmiddel.type, parentSchema: schema66.properties.schemas.properties.hulpmiddel, data: data8 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
          } else {
            const err10 = { instancePath: instancePath + "/schemas", schemaPath: "#/properties/schemas/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.properties.schemas.type, parentSchema: schema66.properties.schemas, data: data5 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data.references !== void 0) {
          let data9 = data.references;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            for (const key2 in data9) {
              let data10 = data9[key2];
              if (!(data10 === "maatregel" || data10 === "vereiste" || data10 === "hulpmiddel")) {
                const err11 = { instancePath: instancePath + "/references/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/references/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema66.properties.references.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema66.properties.references.additionalProperties.enum, parentSchema: schema66.properties.references.additionalProperties, data: data10 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/references", schemaPath: "#/properties/references/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.properties.references.type, parentSchema: schema66.properties.references, data: data9 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data.vocabularies !== void 0) {
          let data11 = data.vocabularies;
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            for (const key3 in data11) {
              let data12 = data11[key3];
              if (typeof data12 !== "string") {
                const err13 = { instancePath: instancePath + "/vocabularies/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/vocabularies/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.vocabularies.additionalProperties.type, parentSchema: schema66.properties.vocabularies.additionalProperties, data: data12 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/vocabularies", schemaPath: "#/properties/vocabularies/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.properties.vocabularies.type, parentSchema: schema66.properties.vocabularies, data: data11 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data.kinds !== void 0) {
          let data13 = data.kinds;
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            for (const key4 in data13) {
              if (!(key4 === "maatregel" || key4 === "vereiste" || key4 === "hulpmiddel")) {
                const err15 = { instancePath: instancePath + "/kinds", schemaPath: "#/properties/kinds/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema66.properties.kinds, data: data13 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data13.maatregel !== void 0) {
              let data14 = data13.maatregel;
              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                for (const key5 in data14) {
                  if (!(key5 === "folder" || key5 === "urnPrefix" || key5 === "codes" || key5 === "phaseDigit" || key5 === "sections" || key5 === "markers")) {
                    const err16 = { instancePath: instancePath + "/kinds/maatregel", schemaPath: "#/properties/kinds/properties/maatregel/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema66.properties.kinds.properties.maatregel, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                }
                if (data14.folder !== void 0) {
                  let data15 = data14.folder;
                  if (typeof data15 !== "string") {
                    const err17 = { instancePath: instancePath + "/kinds/maatregel/folder", schemaPath: "#/properties/kinds/properties/maatregel/properties/folder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.kinds.properties.maatregel.properties.folder.type, parentSchema: schema66.properties.kinds.properties.maatregel.properties.folder, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
                if (data14.urnPrefix !== void 0) {
                  let data16 = data14.urnPrefix;
                  if (typeof data16 !== "string") {
                    const err18 = { instancePath: instancePath + "/kinds/maatregel/urnPrefix", schemaPath: "#/properties/kinds/properties/maatregel/properties/urnPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.kinds.properties.maatregel.properties.urnPrefix.type, parentSchema: schema66.properties.kinds.properties.maatregel.properties.urnPrefix, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                }
                if (data14.codes !== void 0) {
                  let data17 = data14.codes;
                  if (Array.isArray(data17)) {
                    const len0 = data17.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      let data18 = data17[i0];
                      if (typeof data18 !== "string") {
                        const err19 = { instancePath: instancePath + "/kinds/maatregel/codes/" + i0, schemaPath: "#/properties/kinds/properties/maatregel/properties/codes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.kinds.properties.maatregel.properties.codes.items.type, parentSchema: schema66.properties.kinds.properties.maatregel.properties.codes.items, data: data18 };
                        if (vErrors === null) {
                          vErrors = [err19];
                        } else {
                          vErrors.push(err19);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err20 = { instancePath: instancePath + "/kinds/maatregel/codes", schemaPath: "#/properties/kinds/properties/maatregel/properties/codes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties.kinds.properties.maatregel.properties.codes.type, parentSchema: schema66.properties.kinds.properties.maatregel.properties.codes, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                }
                if (data14.phaseDigit !== void 0) {
                  let data19 = data14.phaseDigit;
                  if (typeof data19 !== "boolean") {
                    const err21 = { instancePath: instancePath + "/kinds/maatregel/phaseDigit", schemaPath: "#/properties/kinds/properties/maatregel/properties/phaseDigit/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema66.properties.kinds.properties.maatregel.properties.phaseDigit.type, parentSchema: schema66.properties.kinds.properties.maatregel.properties.phaseDigit, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                }
                if (data14.sections !== void 0) {
                  let data20 = data14.sections;
                  if (Array.isArray(data20)) {
                    const len1 = data20.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data21 = data20[i1];
                      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                        if (data21.title === void 0) {
                          const err22 = { instancePath: instancePath + "/kinds/maatregel/sections/" + i1, schemaPath: "#/properties/kinds/properties/maatregel/properties/sections/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema66.properties.kinds.properties.maatregel.properties.sections.items.required, parentSchema: schema66.properties.kinds.properties.maatregel.properties.sections.items, data: data21 };
                          if (vErrors === null) {
                            vErrors = [err22];
                          } else {
                            vErrors.push(err22);
                          }
                          errors++;
                        }
                        for (const key6 in data21) {
                          if (!(key6 === "title" || key6 === "aliases" || key6 === "optional" || key6 === "when" || key6 === "nonEmpty")) {
                            const err23 = { instancePath: instancePath + "/kinds/maatregel/sections/" + i1, schemaPath: "#/properties/kinds/properties/maatregel/properties/sections/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema66.properties.kinds.properties.maatregel.properties.sections.items, data: data21 };
                            if (vErrors === null) {
                              vErrors = [err23];
                            } else {
                              vErrors.push(err23);
                            }
                            errors++;
                          }
                        }
                        if (data21.title !== void 0) {
                          let data22 = data21.title;
                          if (typeof data22 !== "string") {
                            const err24 = { instancePath: instancePath + "/kinds/maatregel/sections/" + i1 + "/title", schemaPath: "#/properties/kinds/properties/maatregel/properties/sections/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.kinds.properties.maatregel.properties.sections.items.properties.title.type, parentSchema: schema66.properties.kinds.properties.maatregel.properties.sections.items.properties.title, data: data22 };
                            if (vErrors === null) {
                              vErrors = [err24];
                            } else {
                              vErrors.push(err24);
                            }
                            errors++;
                          }
                        }
                        if (data21.aliases !== void 0) {
                          let data23 = data21.aliases;
                          if (Array.isArray(data23)) {
                            const len2 = data23.length;
                            for (let i2 = 0; i2 < len2; i2++) {
                              let data24 = data23[i2];
                              if (typeof data24 !== "string") {
                                const err25 = { instancePath: instancePath + "/kinds/maatregel/sections/" + i1 + "/aliases/" + i2, schemaPath: "#/properties/kinds/properties/maatregel/properties/sections/items/properties/aliases/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.kinds.properties.maatregel.properties.sections.items.properties.aliases.items.type, parentSchema: schema66.properties.kinds.properties.maatregel.properties.sections.items.properties.aliases.items, data: data24 };
                                if (vErrors === null) {
                                  vErrors = [err25];
                                } else {
                                  vErrors.push(err25);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err26 = { instancePath: instancePath + "/kinds/maatregel/sections/" + i1 + "/aliases", schemaPath: "#/properties/kinds/properties/maatregel/properties/sections/items/properties/aliases/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties.kinds.properties.maatregel.properties.sections.items.properties.aliases.type, parentSchema: schema66.properties.kinds.properties.maatregel.properties.sections.items.properties.aliases, data: data23 };
                            if (vErrors === null) {
                              vErrors = [err26];
                            } else {
                              vErrors.push(err26);
                            }
                            errors++;
                          }
                        }
                        if (data21.optional !== void 0) {
                          let data25 = data21.optional;
                          if (typeof data25 !== "boolean") {
                            const err27 = { instancePath: instancePath + "/kinds/maatregel/sections/" + i1 + "/optional", schemaPath: "#/properties/kinds/properties/maatregel/properties/sections/items/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema66.properties.kinds.properties.maatregel.properties.sections.items.properties.optional.type, parentSchema: schema66.properties.kinds.properties.maatregel.properties.sections.items.properties.optional, data: data25 };
                            if (vErrors === null) {
                              vErrors = [err27];
                            } else {
                              vErrors.push(err27);
                            }
                            errors++;
                          }
                        }
                        if (data21.when !== void 0) {
                          let data26 = data21.when;
                          if (typeof data26 !== "string") {
                            const err28 = { instancePath: instancePath + "/kinds/maatregel/sections/" + i1 + "/when", schemaPath: "#/properties/kinds/properties/maatregel/properties/sections/items/properties/when/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.kinds.properties.maatregel.properties.sections.items.properties.when.type, parentSchema: schema66.properties.kinds.properties.maatregel.properties.sections.items.properties.when, data: data26 };
                            if (vErrors === null) {
                              vErrors = [err28];
                            } else {
                              vErrors.push(err28);
                            }
                            errors++;
                          }
                        }
                        if (data21.nonEmpty !== void 0) {
                          let data27 = data21.nonEmpty;
                          if (typeof data27 !== "boolean") {
                            const err29 = { instancePath: instancePath + "/kinds/maatregel/sections/" + i1 + "/nonEmpty", schemaPath: "#/properties/kinds/properties/maatregel/properties/sections/items/properties/nonEmpty/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema66.properties.kinds.properties.maatregel.properties.sections.items.properties.nonEmpty.type, parentSchema: schema66.properties.kinds.properties.maatregel.properties.sections.items.properties.nonEmpty, data: data27 };
                            if (vErrors === null) {
                              vErrors = [err29];
                            } else {
                              vErrors.push(err29);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err30 = { instancePath: instancePath + "/kinds/maatregel/sections/" + i1, schemaPath: "#/properties/kinds/properties/maatregel/properties/sections/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.properties.kinds.properties.maatregel.properties.sections.items.type, parentSchema: schema66.properties.kinds.properties.maatregel.properties.sections.items, data: data21 };
                        if (vErrors === null) {
                          vErrors = [err30];
                        } else {
                          vErrors.push(err30);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err31 = { instancePath: instancePath + "/kinds/maatregel/sections", schemaPath: "#/properties/kinds/properties/maatregel/properties/sections/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties.kinds.properties.maatregel.properties.sections.type, parentSchema: schema66.properties.kinds.properties.maatregel.properties.sections, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
                if (data14.markers !== void 0) {
                  let data28 = data14.markers;
                  if (Array.isArray(data28)) {
                    const len3 = data28.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      let data29 = data28[i3];
                      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                        if (data29.name === void 0) {
                          const err32 = { instancePath: instancePath + "/kinds/maatregel/markers/" + i3, schemaPath: "#/properties/kinds/properties/maatregel/properties/markers/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema66.properties.kinds.properties.maatregel.properties.markers.items.required, parentSchema: schema66.properties.kinds.properties.maatregel.properties.markers.items, data: data29 };
                          if (vErrors === null) {
                            vErrors = [err32];
                          } else {
                            vErrors.push(err32);
                          }
                          errors++;
                        }
                        for (const key7 in data29) {
                          if (!(key7 === "name" || key7 === "when" || key7 === "idPrefix" || key7 === "section" || key7 === "ownName")) {
                            const err33 = { instancePath: instancePath + "/kinds/maatregel/markers/" + i3, schemaPath: "#/properties/kinds/properties/maatregel/properties/markers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema66.properties.kinds.properties.maatregel.properties.markers.items, data: data29 };
                            if (vErrors === null) {
                              vErrors = [err33];
                            } else {
                              vErrors.push(err33);
                            }
                            errors++;
                          }
                        }
                        if (data29.name !== void 0) {
                          let data30 = data29.name;
                          if (typeof data30 !== "string") {
                            const err34 = { instancePath: instancePath + "/kinds/maatregel/markers/" + i3 + "/name", schemaPath: "#/properties/kinds/properties/maatregel/properties/markers/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.kinds.properties.maatregel.properties.markers.items.properties.name.type, parentSchema: schema66.properties.kinds.properties.maatregel.properties.markers.items.properties.name, data: data30 };
                            if (vErrors === null) {
                              vErrors = [err34];
                            } else {
                              vErrors.push(err34);
                            }
                            errors++;
                          }
                        }
                        if (data29.when !== void 0) {
                          let data31 = data29.when;
                          if (typeof data31 !== "string") {
                            const err35 = { instancePath: instancePath + "/kinds/maatregel/markers/" + i3 + "/when", schemaPath: "#/properties/kinds/properties/maatregel/properties/markers/items/properties/when/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.kinds.properties.maatregel.properties.markers.items.properties.when.type, parentSchema: schema66.properties.kinds.properties.maatregel.properties.markers.items.properties.when, data: data31 };
                            if (vErrors === null) {
                              vErrors = [err35];
                            } else {
                              vErrors.push(err35);
                            }
                            errors++;
                          }
                        }
                        if (data29.idPrefix !== void 0) {
                          let data32 = data29.idPrefix;
                          if (typeof data32 !== "string") {
                            const err36 = { instancePath: instancePath + "/kinds/maatregel/markers/" + i3 + "/idPrefix", schemaPath: "#/properties/kinds/properties/maatregel/properties/markers/items/properties/idPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.kinds.properties.maatregel.properties.markers.items.properties.idPrefix.type, parentSchema: schema66.properties.kinds.properties.maatregel.properties.markers.items.properties.idPrefix, data: data32 };
                            if (vErrors === null) {
                              vErrors = [err36];
                            } else {
                              vErrors.push(err36);
                            }
                            errors++;
                          }
                        }
                        if (data29.section !== void 0) {
                          let data33 = data29.section;
                          if (typeof data33 !== "string") {
                            const err37 = { instancePath: instancePath + "/kinds/maatregel/markers/" + i3 + "/section", schemaPath: "#/properties/kinds/properties/maatregel/properties/markers/items/properties/section/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.kinds.properties.maatregel.properties.markers.items.properties.section.type, parentSchema: schema66.properties.kinds.properties.maatregel.properties.markers.items.properties.section, data: data33 };
                            if (vErrors === null) {
                              vErrors = [err37];
                            } else {
                              vErrors.push(err37);
                            }
                            errors++;
                          }
                        }
                        if (data29.ownName !== void 0) {
                          let data34 = data29.ownName;
                          if (typeof data34 !== "boolean") {
                            const err38 = { instancePath: instancePath + "/kinds/maatregel/markers/" + i3 + "/ownName", schemaPath: "#/properties/kinds/properties/maatregel/properties/markers/items/properties/ownName/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema66.properties.kinds.properties.maatregel.properties.markers.items.properties.ownName.type, parentSchema: schema66.properties.kinds.properties.maatregel.properties.markers.items.properties.ownName, data: data34 };
                            if (vErrors === null) {
                              vErrors = [err38];
                            } else {
                              vErrors.push(err38);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err39 = { instancePath: instancePath + "/kinds/maatregel/markers/" + i3, schemaPath: "#/properties/kinds/properties/maatregel/properties/markers/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.properties.kinds.properties.maatregel.properties.markers.items.type, parentSchema: schema66.properties.kinds.properties.maatregel.properties.markers.items, data: data29 };
                        if (vErrors === null) {
                          vErrors = [err39];
                        } else {
                          vErrors.push(err39);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err40 = { instancePath: instancePath + "/kinds/maatregel/markers", schemaPath: "#/properties/kinds/properties/maatregel/properties/markers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties.kinds.properties.maatregel.properties.markers.type, parentSchema: schema66.properties.kinds.properties.maatregel.properties.markers, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
              } else {
                const err41 = { instancePath: instancePath + "/kinds/maatregel", schemaPath: "#/properties/kinds/properties/maatregel/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.properties.kinds.properties.maatregel.type, parentSchema: schema66.properties.kinds.properties.maatregel, data: data14 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data13.vereiste !== void 0) {
              let data35 = data13.vereiste;
              if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                for (const key8 in data35) {
                  if (!(key8 === "folder" || key8 === "urnPrefix" || key8 === "codes" || key8 === "phaseDigit" || key8 === "sections" || key8 === "markers")) {
                    const err42 = { instancePath: instancePath + "/kinds/vereiste", schemaPath: "#/properties/kinds/properties/vereiste/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema66.properties.kinds.properties.vereiste, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
                if (data35.folder !== void 0) {
                  let data36 = data35.folder;
                  if (typeof data36 !== "string") {
                    const err43 = { instancePath: instancePath + "/kinds/vereiste/folder", schemaPath: "#/properties/kinds/properties/vereiste/properties/folder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.kinds.properties.vereiste.properties.folder.type, parentSchema: schema66.properties.kinds.properties.vereiste.properties.folder, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
                if (data35.urnPrefix !== void 0) {
                  let data37 = data35.urnPrefix;
                  if (typeof data37 !== "string") {
                    const err44 = { instancePath: instancePath + "/kinds/vereiste/urnPrefix", schemaPath: "#/properties/kinds/properties/vereiste/properties/urnPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.kinds.properties.vereiste.properties.urnPrefix.type, parentSchema: schema66.properties.kinds.properties.vereiste.properties.urnPrefix, data: data37 };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
                if (data35.codes !== void 0) {
                  let data38 = data35.codes;
                  if (Array.isArray(data38)) {
                    const len4 = data38.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                      let data39 = data38[i4];
                      if (typeof data39 !== "string") {
                        const err45 = { instancePath: instancePath + "/kinds/vereiste/codes/" + i4, schemaPath: "#/properties/kinds/properties/vereiste/properties/codes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.kinds.properties.vereiste.properties.codes.items.type, parentSchema: schema66.properties.kinds.properties.vereiste.properties.codes.items, data: data39 };
                        if (vErrors === null) {
                          vErrors = [err45];
                        } else {
                          vErrors.push(err45);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err46 = { instancePath: instancePath + "/kinds/vereiste/codes", schemaPath: "#/properties/kinds/properties/vereiste/properties/codes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties.kinds.properties.vereiste.properties.codes.type, parentSchema: schema66.properties.kinds.properties.vereiste.properties.codes, data: data38 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
                if (data35.phaseDigit !== void 0) {
                  let data40 = data35.phaseDigit;
                  if (typeof data40 !== "boolean") {
                    const err47 = { instancePath: instancePath + "/kinds/vereiste/phaseDigit", schemaPath: "#/properties/kinds/properties/vereiste/properties/phaseDigit/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema66.properties.kinds.properties.vereiste.properties.phaseDigit.type, parentSchema: schema66.properties.kinds.properties.vereiste.properties.phaseDigit, data: data40 };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                }
                if (data35.sections !== void 0) {
                  let data41 = data35.sections;
                  if (Array.isArray(data41)) {
                    const len5 = data41.length;
                    for (let i5 = 0; i5 < len5; i5++) {
                      let data42 = data41[i5];
                      if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
                        if (data42.title === void 0) {
                          const err48 = { instancePath: instancePath + "/kinds/vereiste/sections/" + i5, schemaPath: "#/properties/kinds/properties/vereiste/properties/sections/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema66.properties.kinds.properties.vereiste.properties.sections.items.required, parentSchema: schema66.properties.kinds.properties.vereiste.properties.sections.items, data: data42 };
                          if (vErrors === null) {
                            vErrors = [err48];
                          } else {
                            vErrors.push(err48);
                          }
                          errors++;
                        }
                        for (const key9 in data42) {
                          if (!(key9 === "title" || key9 === "aliases" || key9 === "optional" || key9 === "when" || key9 === "nonEmpty")) {
                            const err49 = { instancePath: instancePath + "/kinds/vereiste/sections/" + i5, schemaPath: "#/properties/kinds/properties/vereiste/properties/sections/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema66.properties.kinds.properties.vereiste.properties.sections.items, data: data42 };
                            if (vErrors === null) {
                              vErrors = [err49];
                            } else {
                              vErrors.push(err49);
                            }
                            errors++;
                          }
                        }
                        if (data42.title !== void 0) {
                          let data43 = data42.title;
                          if (typeof data43 !== "string") {
                            const err50 = { instancePath: instancePath + "/kinds/vereiste/sections/" + i5 + "/title", schemaPath: "#/properties/kinds/properties/vereiste/properties/sections/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.kinds.properties.vereiste.properties.sections.items.properties.title.type, parentSchema: schema66.properties.kinds.properties.vereiste.properties.sections.items.properties.title, data: data43 };
                            if (vErrors === null) {
                              vErrors = [err50];
                            } else {
                              vErrors.push(err50);
                            }
                            errors++;
                          }
                        }
                        if (data42.aliases !== void 0) {
                          let data44 = data42.aliases;
                          if (Array.isArray(data44)) {
                            const len6 = data44.length;
                            for (let i6 = 0; i6 < len6; i6++) {
                              let data45 = data44[i6];
                              if (typeof data45 !== "string") {
                                const err51 = { instancePath: instancePath + "/kinds/vereiste/sections/" + i5 + "/aliases/" + i6, schemaPath: "#/properties/kinds/properties/vereiste/properties/sections/items/properties/aliases/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.kinds.properties.vereiste.properties.sections.items.properties.aliases.items.type, parentSchema: schema66.properties.kinds.properties.vereiste.properties.sections.items.properties.aliases.items, data: data45 };
                                if (vErrors === null) {
                                  vErrors = [err51];
                                } else {
                                  vErrors.push(err51);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err52 = { instancePath: instancePath + "/kinds/vereiste/sections/" + i5 + "/aliases", schemaPath: "#/properties/kinds/properties/vereiste/properties/sections/items/properties/aliases/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties.kinds.properties.vereiste.properties.sections.items.properties.aliases.type, parentSchema: schema66.properties.kinds.properties.vereiste.properties.sections.items.properties.aliases, data: data44 };
                            if (vErrors === null) {
                              vErrors = [err52];
                            } else {
                              vErrors.push(err52);
                            }
                            errors++;
                          }
                        }
                        if (data42.optional !== void 0) {
                          let data46 = data42.optional;
                          if (typeof data46 !== "boolean") {
                            const err53 = { instancePath: instancePath + "/kinds/vereiste/sections/" + i5 + "/optional", schemaPath: "#/properties/kinds/properties/vereiste/properties/sections/items/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema66.properties.kinds.properties.vereiste.properties.sections.items.properties.optional.type, parentSchema: schema66.properties.kinds.properties.vereiste.properties.sections.items.properties.optional, data: data46 };
                            if (vErrors === null) {
                              vErrors = [err53];
                            } else {
                              vErrors.push(err53);
                            }
                            errors++;
                          }
                        }
                        if (data42.when !== void 0) {
                          let data47 = data42.when;
                          if (typeof data47 !== "string") {
                            const err54 = { instancePath: instancePath + "/kinds/vereiste/sections/" + i5 + "/when", schemaPath: "#/properties/kinds/properties/vereiste/properties/sections/items/properties/when/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.kinds.properties.vereiste.properties.sections.items.properties.when.type, parentSchema: schema66.properties.kinds.properties.vereiste.properties.sections.items.properties.when, data: data47 };
                            if (vErrors === null) {
                              vErrors = [err54];
                            } else {
                              vErrors.push(err54);
                            }
                            errors++;
                          }
                        }
                        if (data42.nonEmpty !== void 0) {
                          let data48 = data42.nonEmpty;
                          if (typeof data48 !== "boolean") {
                            const err55 = { instancePath: instancePath + "/kinds/vereiste/sections/" + i5 + "/nonEmpty", schemaPath: "#/properties/kinds/properties/vereiste/properties/sections/items/properties/nonEmpty/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema66.properties.kinds.properties.vereiste.properties.sections.items.properties.nonEmpty.type, parentSchema: schema66.properties.kinds.properties.vereiste.properties.sections.items.properties.nonEmpty, data: data48 };
                            if (vErrors === null) {
                              vErrors = [err55];
                            } else {
                              vErrors.push(err55);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err56 = { instancePath: instancePath + "/kinds/vereiste/sections/" + i5, schemaPath: "#/properties/kinds/properties/vereiste/properties/sections/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.properties.kinds.properties.vereiste.properties.sections.items.type, parentSchema: schema66.properties.kinds.properties.vereiste.properties.sections.items, data: data42 };
                        if (vErrors === null) {
                          vErrors = [err56];
                        } else {
                          vErrors.push(err56);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err57 = { instancePath: instancePath + "/kinds/vereiste/sections", schemaPath: "#/properties/kinds/properties/vereiste/properties/sections/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties.kinds.properties.vereiste.properties.sections.type, parentSchema: schema66.properties.kinds.properties.vereiste.properties.sections, data: data41 };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
                if (data35.markers !== void 0) {
                  let data49 = data35.markers;
                  if (Array.isArray(data49)) {
                    const len7 = data49.length;
                    for (let i7 = 0; i7 < len7; i7++) {
                      let data50 = data49[i7];
                      if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                        if (data50.name === void 0) {
                          const err58 = { instancePath: instancePath + "/kinds/vereiste/markers/" + i7, schemaPath: "#/properties/kinds/properties/vereiste/properties/markers/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema66.properties.kinds.properties.vereiste.properties.markers.items.required, parentSchema: schema66.properties.kinds.properties.vereiste.properties.markers.items, data: data50 };
                          if (vErrors === null) {
                            vErrors = [err58];
                          } else {
                            vErrors.push(err58);
                          }
                          errors++;
                        }
                        for (const key10 in data50) {
                          if (!(key10 === "name" || key10 === "when" || key10 === "idPrefix" || key10 === "section" || key10 === "ownName")) {
                            const err59 = { instancePath: instancePath + "/kinds/vereiste/markers/" + i7, schemaPath: "#/properties/kinds/properties/vereiste/properties/markers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema66.properties.kinds.properties.vereiste.properties.markers.items, data: data50 };
                            if (vErrors === null) {
                              vErrors = [err59];
                            } else {
                              vErrors.push(err59);
                            }
                            errors++;
                          }
                        }
                        if (data50.name !== void 0) {
                          let data51 = data50.name;
                          if (typeof data51 !== "string") {
                            const err60 = { instancePath: instancePath + "/kinds/vereiste/markers/" + i7 + "/name", schemaPath: "#/properties/kinds/properties/vereiste/properties/markers/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.kinds.properties.vereiste.properties.markers.items.properties.name.type, parentSchema: schema66.properties.kinds.properties.vereiste.properties.markers.items.properties.name, data: data51 };
                            if (vErrors === null) {
                              vErrors = [err60];
                            } else {
                              vErrors.push(err60);
                            }
                            errors++;
                          }
                        }
                        if (data50.when !== void 0) {
                          let data52 = data50.when;
                          if (typeof data52 !== "string") {
                            const err61 = { instancePath: instancePath + "/kinds/vereiste/markers/" + i7 + "/when", schemaPath: "#/properties/kinds/properties/vereiste/properties/markers/items/properties/when/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.kinds.properties.vereiste.properties.markers.items.properties.when.type, parentSchema: schema66.properties.kinds.properties.vereiste.properties.markers.items.properties.when, data: data52 };
                            if (vErrors === null) {
                              vErrors = [err61];
                            } else {
                              vErrors.push(err61);
                            }
                            errors++;
                          }
                        }
                        if (data50.idPrefix !== void 0) {
                          let data53 = data50.idPrefix;
                          if (typeof data53 !== "string") {
                            const err62 = { instancePath: instancePath + "/kinds/vereiste/markers/" + i7 + "/idPrefix", schemaPath: "#/properties/kinds/properties/vereiste/properties/markers/items/properties/idPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.kinds.properties.vereiste.properties.markers.items.properties.idPrefix.type, parentSchema: schema66.properties.kinds.properties.vereiste.properties.markers.items.properties.idPrefix, data: data53 };
                            if (vErrors === null) {
                              vErrors = [err62];
                            } else {
                              vErrors.push(err62);
                            }
                            errors++;
                          }
                        }
                        if (data50.section !== void 0) {
                          let data54 = data50.section;
                          if (typeof data54 !== "string") {
                            const err63 = { instancePath: instancePath + "/kinds/vereiste/markers/" + i7 + "/section", schemaPath: "#/properties/kinds/properties/vereiste/properties/markers/items/properties/section/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.kinds.properties.vereiste.properties.markers.items.properties.section.type, parentSchema: schema66.properties.kinds.properties.vereiste.properties.markers.items.properties.section, data: data54 };
                            if (vErrors === null) {
                              vErrors = [err63];
                            } else {
                              vErrors.push(err63);
                            }
                            errors++;
                          }
                        }
                        if (data50.ownName !== void 0) {
                          let data55 = data50.ownName;
                          if (typeof data55 !== "boolean") {
                            const err64 = { instancePath: instancePath + "/kinds/vereiste/markers/" + i7 + "/ownName", schemaPath: "#/properties/kinds/properties/vereiste/properties/markers/items/properties/ownName/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema66.properties.kinds.properties.vereiste.properties.markers.items.properties.ownName.type, parentSchema: schema66.properties.kinds.properties.vereiste.properties.markers.items.properties.ownName, data: data55 };
                            if (vErrors === null) {
                              vErrors = [err64];
                            } else {
                              vErrors.push(err64);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err65 = { instancePath: instancePath + "/kinds/vereiste/markers/" + i7, schemaPath: "#/properties/kinds/properties/vereiste/properties/markers/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.properties.kinds.properties.vereiste.properties.markers.items.type, parentSchema: schema66.properties.kinds.properties.vereiste.properties.markers.items, data: data50 };
                        if (vErrors === null) {
                          vErrors = [err65];
                        } else {
                          vErrors.push(err65);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err66 = { instancePath: instancePath + "/kinds/vereiste/markers", schemaPath: "#/properties/kinds/properties/vereiste/properties/markers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties.kinds.properties.vereiste.properties.markers.type, parentSchema: schema66.properties.kinds.properties.vereiste.properties.markers, data: data49 };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
              } else {
                const err67 = { instancePath: instancePath + "/kinds/vereiste", schemaPath: "#/properties/kinds/properties/vereiste/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.properties.kinds.properties.vereiste.type, parentSchema: schema66.properties.kinds.properties.vereiste, data: data35 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data13.hulpmiddel !== void 0) {
              let data56 = data13.hulpmiddel;
              if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
                for (const key11 in data56) {
                  if (!(key11 === "folder" || key11 === "urnPrefix" || key11 === "codes" || key11 === "phaseDigit" || key11 === "sections" || key11 === "markers")) {
                    const err68 = { instancePath: instancePath + "/kinds/hulpmiddel", schemaPath: "#/properties/kinds/properties/hulpmiddel/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema66.properties.kinds.properties.hulpmiddel, data: data56 };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
                if (data56.folder !== void 0) {
                  let data57 = data56.folder;
                  if (typeof data57 !== "string") {
                    const err69 = { instancePath: instancePath + "/kinds/hulpmiddel/folder", schemaPath: "#/properties/kinds/properties/hulpmiddel/properties/folder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.kinds.properties.hulpmiddel.properties.folder.type, parentSchema: schema66.properties.kinds.properties.hulpmiddel.properties.folder, data: data57 };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                }
                if (data56.urnPrefix !== void 0) {
                  let data58 = data56.urnPrefix;
                  if (typeof data58 !== "string") {
                    const err70 = { instancePath: instancePath + "/kinds/hulpmiddel/urnPrefix", schemaPath: "#/properties/kinds/properties/hulpmiddel/properties/urnPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.kinds.properties.hulpmiddel.properties.urnPrefix.type, parentSchema: schema66.properties.kinds.properties.hulpmiddel.properties.urnPrefix, data: data58 };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
                if (data56.codes !== void 0) {
                  let data59 = data56.codes;
                  if (Array.isArray(data59)) {
                    const len8 = data59.length;
                    for (let i8 = 0; i8 < len8; i8++) {
                      let data60 = data59[i8];
                      if (typeof data60 !== "string") {
                        const err71 = { instancePath: instancePath + "/kinds/hulpmiddel/codes/" + i8, schemaPath: "#/properties/kinds/properties/hulpmiddel/properties/codes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.kinds.properties.hulpmiddel.properties.codes.items.type, parentSchema: schema66.properties.kinds.properties.hulpmiddel.properties.codes.items, data: data60 };
                        if (vErrors === null) {
                          vErrors = [err71];
                        } else {
                          vErrors.push(err71);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err72 = { instancePath: instancePath + "/kinds/hulpmiddel/codes", schemaPath: "#/properties/kinds/properties/hulpmiddel/properties/codes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties.kinds.properties.hulpmiddel.properties.codes.type, parentSchema: schema66.properties.kinds.properties.hulpmiddel.properties.codes, data: data59 };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                  }
                }
                if (data56.phaseDigit !== void 0) {
                  let data61 = data56.phaseDigit;
                  if (typeof data61 !== "boolean") {
                    const err73 = { instancePath: instancePath + "/kinds/hulpmiddel/phaseDigit", schemaPath: "#/properties/kinds/properties/hulpmiddel/properties/phaseDigit/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema66.properties.kinds.properties.hulpmiddel.properties.phaseDigit.type, parentSchema: schema66.properties.kinds.properties.hulpmiddel.properties.phaseDigit, data: data61 };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
                if (data56.sections !== void 0) {
                  let data62 = data56.sections;
                  if (Array.isArray(data62)) {
                    const len9 = data62.length;
                    for (let i9 = 0; i9 < len9; i9++) {
                      let data63 = data62[i9];
                      if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
                        if (data63.title === void 0) {
                          const err74 = { instancePath: instancePath + "/kinds/hulpmiddel/sections/" + i9, schemaPath: "#/properties/kinds/properties/hulpmiddel/properties/sections/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema66.properties.kinds.properties.hulpmiddel.properties.sections.items.required, parentSchema: schema66.properties.kinds.properties.hulpmiddel.properties.sections.items, data: data63 };
                          if (vErrors === null) {
                            vErrors = [err74];
                          } else {
                            vErrors.push(err74);
                          }
                          errors++;
                        }
                        for (const key12 in data63) {
                          if (!(key12 === "title" || key12 === "aliases" || key12 === "optional" || key12 === "when" || key12 === "nonEmpty")) {
                            const err75 = { instancePath: instancePath + "/kinds/hulpmiddel/sections/" + i9, schemaPath: "#/properties/kinds/properties/hulpmiddel/properties/sections/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema66.properties.kinds.properties.hulpmiddel.properties.sections.items, data: data63 };
                            if (vErrors === null) {
                              vErrors = [err75];
                            } else {
                              vErrors.push(err75);
                            }
                            errors++;
                          }
                        }
                        if (data63.title !== void 0) {
                          let data64 = data63.title;
                          if (typeof data64 !== "string") {
                            const err76 = { instancePath: instancePath + "/kinds/hulpmiddel/sections/" + i9 + "/title", schemaPath: "#/properties/kinds/properties/hulpmiddel/properties/sections/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.kinds.properties.hulpmiddel.properties.sections.items.properties.title.type, parentSchema: schema66.properties.kinds.properties.hulpmiddel.properties.sections.items.properties.title, data: data64 };
                            if (vErrors === null) {
                              vErrors = [err76];
                            } else {
                              vErrors.push(err76);
                            }
                            errors++;
                          }
                        }
                        if (data63.aliases !== void 0) {
                          let data65 = data63.aliases;
                          if (Array.isArray(data65)) {
                            const len10 = data65.length;
                            for (let i10 = 0; i10 < len10; i10++) {
                              let data66 = data65[i10];
                              if (typeof data66 !== "string") {
                                const err77 = { instancePath: instancePath + "/kinds/hulpmiddel/sections/" + i9 + "/aliases/" + i10, schemaPath: "#/properties/kinds/properties/hulpmiddel/properties/sections/items/properties/aliases/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.kinds.properties.hulpmiddel.properties.sections.items.properties.aliases.items.type, parentSchema: schema66.properties.kinds.properties.hulpmiddel.properties.sections.items.properties.aliases.items, data: data66 };
                                if (vErrors === null) {
                                  vErrors = [err77];
                                } else {
                                  vErrors.push(err77);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err78 = { instancePath: instancePath + "/kinds/hulpmiddel/sections/" + i9 + "/aliases", schemaPath: "#/properties/kinds/properties/hulpmiddel/properties/sections/items/properties/aliases/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties.kinds.properties.hulpmiddel.properties.sections.items.properties.aliases.type, parentSchema: schema66.properties.kinds.properties.hulpmiddel.properties.sections.items.properties.aliases, data: data65 };
                            if (vErrors === null) {
                              vErrors = [err78];
                            } else {
                              vErrors.push(err78);
                            }
                            errors++;
                          }
                        }
                        if (data63.optional !== void 0) {
                          let data67 = data63.optional;
                          if (typeof data67 !== "boolean") {
                            const err79 = { instancePath: instancePath + "/kinds/hulpmiddel/sections/" + i9 + "/optional", schemaPath: "#/properties/kinds/properties/hulpmiddel/properties/sections/items/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema66.properties.kinds.properties.hulpmiddel.properties.sections.items.properties.optional.type, parentSchema: schema66.properties.kinds.properties.hulpmiddel.properties.sections.items.properties.optional, data: data67 };
                            if (vErrors === null) {
                              vErrors = [err79];
                            } else {
                              vErrors.push(err79);
                            }
                            errors++;
                          }
                        }
                        if (data63.when !== void 0) {
                          let data68 = data63.when;
                          if (typeof data68 !== "string") {
                            const err80 = { instancePath: instancePath + "/kinds/hulpmiddel/sections/" + i9 + "/when", schemaPath: "#/properties/kinds/properties/hulpmiddel/properties/sections/items/properties/when/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.kinds.properties.hulpmiddel.properties.sections.items.properties.when.type, parentSchema: schema66.properties.kinds.properties.hulpmiddel.properties.sections.items.properties.when, data: data68 };
                            if (vErrors === null) {
                              vErrors = [err80];
                            } else {
                              vErrors.push(err80);
                            }
                            errors++;
                          }
                        }
                        if (data63.nonEmpty !== void 0) {
                          let data69 = data63.nonEmpty;
                          if (typeof data69 !== "boolean") {
                            const err81 = { instancePath: instancePath + "/kinds/hulpmiddel/sections/" + i9 + "/nonEmpty", schemaPath: "#/properties/kinds/properties/hulpmiddel/properties/sections/items/properties/nonEmpty/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema66.properties.kinds.properties.hulpmiddel.properties.sections.items.properties.nonEmpty.type, parentSchema: schema66.properties.kinds.properties.hulpmiddel.properties.sections.items.properties.nonEmpty, data: data69 };
                            if (vErrors === null) {
                              vErrors = [err81];
                            } else {
                              vErrors.push(err81);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err82 = { instancePath: instancePath + "/kinds/hulpmiddel/sections/" + i9, schemaPath: "#/properties/kinds/properties/hulpmiddel/properties/sections/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.properties.kinds.properties.hulpmiddel.properties.sections.items.type, parentSchema: schema66.properties.kinds.properties.hulpmiddel.properties.sections.items, data: data63 };
                        if (vErrors === null) {
                          vErrors = [err82];
                        } else {
                          vErrors.push(err82);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err83 = { instancePath: instancePath + "/kinds/hulpmiddel/sections", schemaPath: "#/properties/kinds/properties/hulpmiddel/properties/sections/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties.kinds.properties.hulpmiddel.properties.sections.type, parentSchema: schema66.properties.kinds.properties.hulpmiddel.properties.sections, data: data62 };
                    if (vErrors === null) {
                      vErrors = [err83];
                    } else {
                      vErrors.push(err83);
                    }
                    errors++;
                  }
                }
                if (data56.markers !== void 0) {
                  let data70 = data56.markers;
                  if (Array.isArray(data70)) {
                    const len11 = data70.length;
                    for (let i11 = 0; i11 < len11; i11++) {
                      let data71 = data70[i11];
                      if (data71 && typeof data71 == "object" && !Array.isArray(data71)) {
                        if (data71.name === void 0) {
                          const err84 = { instancePath: instancePath + "/kinds/hulpmiddel/markers/" + i11, schemaPath: "#/properties/kinds/properties/hulpmiddel/properties/markers/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema66.properties.kinds.properties.hulpmiddel.properties.markers.items.required, parentSchema: schema66.properties.kinds.properties.hulpmiddel.properties.markers.items, data: data71 };
                          if (vErrors === null) {
                            vErrors = [err84];
                          } else {
                            vErrors.push(err84);
                          }
                          errors++;
                        }
                        for (const key13 in data71) {
                          if (!(key13 === "name" || key13 === "when" || key13 === "idPrefix" || key13 === "section" || key13 === "ownName")) {
                            const err85 = { instancePath: instancePath + "/kinds/hulpmiddel/markers/" + i11, schemaPath: "#/properties/kinds/properties/hulpmiddel/properties/markers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema66.properties.kinds.properties.hulpmiddel.properties.markers.items, data: data71 };
                            if (vErrors === null) {
                              vErrors = [err85];
                            } else {
                              vErrors.push(err85);
                            }
                            errors++;
                          }
                        }
                        if (data71.name !== void 0) {
                          let data72 = data71.name;
                          if (typeof data72 !== "string") {
                            const err86 = { instancePath: instancePath + "/kinds/hulpmiddel/markers/" + i11 + "/name", schemaPath: "#/properties/kinds/properties/hulpmiddel/properties/markers/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.kinds.properties.hulpmiddel.properties.markers.items.properties.name.type, parentSchema: schema66.properties.kinds.properties.hulpmiddel.properties.markers.items.properties.name, data: data72 };
                            if (vErrors === null) {
                              vErrors = [err86];
                            } else {
                              vErrors.push(err86);
                            }
                            errors++;
                          }
                        }
                        if (data71.when !== void 0) {
                          let data73 = data71.when;
                          if (typeof data73 !== "string") {
                            const err87 = { instancePath: instancePath + "/kinds/hulpmiddel/markers/" + i11 + "/when", schemaPath: "#/properties/kinds/properties/hulpmiddel/properties/markers/items/properties/when/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.kinds.properties.hulpmiddel.properties.markers.items.properties.when.type, parentSchema: schema66.properties.kinds.properties.hulpmiddel.properties.markers.items.properties.when, data: data73 };
                            if (vErrors === null) {
                              vErrors = [err87];
                            } else {
                              vErrors.push(err87);
                            }
                            errors++;
                          }
                        }
                        if (data71.idPrefix !== void 0) {
                          let data74 = data71.idPrefix;
                          if (typeof data74 !== "string") {
                            const err88 = { instancePath: instancePath + "/kinds/hulpmiddel/markers/" + i11 + "/idPrefix", schemaPath: "#/properties/kinds/properties/hulpmiddel/properties/markers/items/properties/idPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.kinds.properties.hulpmiddel.properties.markers.items.properties.idPrefix.type, parentSchema: schema66.properties.kinds.properties.hulpmiddel.properties.markers.items.properties.idPrefix, data: data74 };
                            if (vErrors === null) {
                              vErrors = [err88];
                            } else {
                              vErrors.push(err88);
                            }
                            errors++;
                          }
                        }
                        if (data71.section !== void 0) {
                          let data75 = data71.section;
                          if (typeof data75 !== "string") {
                            const err89 = { instancePath: instancePath + "/kinds/hulpmiddel/markers/" + i11 + "/section", schemaPath: "#/properties/kinds/properties/hulpmiddel/properties/markers/items/properties/section/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.kinds.properties.hulpmiddel.properties.markers.items.properties.section.type, parentSchema: schema66.properties.kinds.properties.hulpmiddel.properties.markers.items.properties.section, data: data75 };
                            if (vErrors === null) {
                              vErrors = [err89];
                            } else {
                              vErrors.push(err89);
                            }
                            errors++;
                          }
                        }
                        if (data71.ownName !== void 0) {
                          let data76 = data71.ownName;
                          if (typeof data76 !== "boolean") {
                            const err90 = { instancePath: instancePath + "/kinds/hulpmiddel/markers/" + i11 + "/ownName", schemaPath: "#/properties/kinds/properties/hulpmiddel/properties/markers/items/properties/ownName/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema66.properties.kinds.properties.hulpmiddel.properties.markers.items.properties.ownName.type, parentSchema: schema66.properties.kinds.properties.hulpmiddel.properties.markers.items.properties.ownName, data: data76 };
                            if (vErrors === null) {
                              vErrors = [err90];
                            } else {
                              vErrors.push(err90);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err91 = { instancePath: instancePath + "/kinds/hulpmiddel/markers/" + i11, schemaPath: "#/properties/kinds/properties/hulpmiddel/properties/markers/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.properties.kinds.properties.hulpmiddel.properties.markers.items.type, parentSchema: schema66.properties.kinds.properties.hulpmiddel.properties.markers.items, data: data71 };
                        if (vErrors === null) {
                          vErrors = [err91];
                        } else {
                          vErrors.push(err91);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err92 = { instancePath: instancePath + "/kinds/hulpmiddel/markers", schemaPath: "#/properties/kinds/properties/hulpmiddel/properties/markers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties.kinds.properties.hulpmiddel.properties.markers.type, parentSchema: schema66.properties.kinds.properties.hulpmiddel.properties.markers, data: data70 };
                    if (vErrors === null) {
                      vErrors = [err92];
                    } else {
                      vErrors.push(err92);
                    }
                    errors++;
                  }
                }
              } else {
                const err93 = { instancePath: instancePath + "/kinds/hulpmiddel", schemaPath: "#/properties/kinds/properties/hulpmiddel/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.properties.kinds.properties.hulpmiddel.type, parentSchema: schema66.properties.kinds.properties.hulpmiddel, data: data56 };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
            }
          } else {
            const err94 = { instancePath: instancePath + "/kinds", schemaPath: "#/properties/kinds/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.properties.kinds.type, parentSchema: schema66.properties.kinds, data: data13 };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
        }
        if (data.external !== void 0) {
          let data77 = data.external;
          if (data77 && typeof data77 == "object" && !Array.isArray(data77)) {
            if (data77.ignorePatterns !== void 0) {
              let data78 = data77.ignorePatterns;
              if (Array.isArray(data78)) {
                const len12 = data78.length;
                for (let i12 = 0; i12 < len12; i12++) {
                  let data79 = data78[i12];
                  const _errs172 = errors;
                  let valid41 = false;
                  let passing0 = null;
                  const _errs173 = errors;
                  if (typeof data79 !== "string") {
                    const err95 = { instancePath: instancePath + "/external/ignorePatterns/" + i12, schemaPath: "#/properties/external/properties/ignorePatterns/items/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.external.properties.ignorePatterns.items.oneOf[0].type, parentSchema: schema66.properties.external.properties.ignorePatterns.items.oneOf[0], data: data79 };
                    if (vErrors === null) {
                      vErrors = [err95];
                    } else {
                      vErrors.push(err95);
                    }
                    errors++;
                  }
                  var _valid0 = _errs173 === errors;
                  if (_valid0) {
                    valid41 = true;
                    passing0 = 0;
                  }
                  const _errs175 = errors;
                  if (data79 && typeof data79 == "object" && !Array.isArray(data79)) {
                    if (data79.pattern === void 0) {
                      const err96 = { instancePath: instancePath + "/external/ignorePatterns/" + i12, schemaPath: "#/properties/external/properties/ignorePatterns/items/oneOf/1/required", keyword: "required", params: { missingProperty: "pattern" }, message: "must have required property 'pattern'", schema: schema66.properties.external.properties.ignorePatterns.items.oneOf[1].required, parentSchema: schema66.properties.external.properties.ignorePatterns.items.oneOf[1], data: data79 };
                      if (vErrors === null) {
                        vErrors = [err96];
                      } else {
                        vErrors.push(err96);
                      }
                      errors++;
                    }
                    if (data79.pattern !== void 0) {
                      let data80 = data79.pattern;
                      if (typeof data80 !== "string") {
                        const err97 = { instancePath: instancePath + "/external/ignorePatterns/" + i12 + "/pattern", schemaPath: "#/properties/external/properties/ignorePatterns/items/oneOf/1/properties/pattern/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.external.properties.ignorePatterns.items.oneOf[1].properties.pattern.type, parentSchema: schema66.properties.external.properties.ignorePatterns.items.oneOf[1].properties.pattern, data: data80 };
                        if (vErrors === null) {
                          vErrors = [err97];
                        } else {
                          vErrors.push(err97);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err98 = { instancePath: instancePath + "/external/ignorePatterns/" + i12, schemaPath: "#/properties/external/properties/ignorePatterns/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.properties.external.properties.ignorePatterns.items.oneOf[1].type, parentSchema: schema66.properties.external.properties.ignorePatterns.items.oneOf[1], data: data79 };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                  var _valid0 = _errs175 === errors;
                  if (_valid0 && valid41) {
                    valid41 = false;
                    passing0 = [passing0, 1];
                  } else {
                    if (_valid0) {
                      valid41 = true;
                      passing0 = 1;
                      var props0 = {};
                      props0.pattern = true;
                    }
                  }
                  if (!valid41) {
                    const err99 = { instancePath: instancePath + "/external/ignorePatterns/" + i12, schemaPath: "#/properties/external/properties/ignorePatterns/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema66.properties.external.properties.ignorePatterns.items.oneOf, parentSchema: schema66.properties.external.properties.ignorePatterns.items, data: data79 };
                    if (vErrors === null) {
                      vErrors = [err99];
                    } else {
                      vErrors.push(err99);
                    }
                    errors++;
                  } else {
                    errors = _errs172;
                    if (vErrors !== null) {
                      if (_errs172) {
                        vErrors.length = _errs172;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
              } else {
                const err100 = { instancePath: instancePath + "/external/ignorePatterns", schemaPath: "#/properties/external/properties/ignorePatterns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties.external.properties.ignorePatterns.type, parentSchema: schema66.properties.external.properties.ignorePatterns, data: data78 };
                if (vErrors === null) {
                  vErrors = [err100];
                } else {
                  vErrors.push(err100);
                }
                errors++;
              }
            }
            if (data77.aliveStatusCodes !== void 0) {
              let data81 = data77.aliveStatusCodes;
              if (Array.isArray(data81)) {
                const len13 = data81.length;
                for (let i13 = 0; i13 < len13; i13++) {
                  let data82 = data81[i13];
                  if (!(typeof data82 == "number" && (!(data82 % 1) && !isNaN(data82)) && isFinite(data82))) {
                    const err101 = { instancePath: instancePath + "/external/aliveStatusCodes/" + i13, schemaPath: "#/properties/external/properties/aliveStatusCodes/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema66.properties.external.properties.aliveStatusCodes.items.type, parentSchema: schema66.properties.external.properties.aliveStatusCodes.items, data: data82 };
                    if (vErrors === null) {
                      vErrors = [err101];
                    } else {
                      vErrors.push(err101);
                    }
                    errors++;
                  }
                  if (typeof data82 == "number" && isFinite(data82)) {
                    if (data82 > 599 || isNaN(data82)) {
                      const err102 = { instancePath: instancePath + "/external/aliveStatusCodes/" + i13, schemaPath: "#/properties/external/properties/aliveStatusCodes/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema66.properties.external.properties.aliveStatusCodes.items, data: data82 };
                      if (vErrors === null) {
                        vErrors = [err102];
                      } else {
                        vErrors.push(err102);
                      }
                      errors++;
                    }
                    if (data82 < 100 || isNaN(data82)) {
                      const err103 = { instancePath: instancePath + "/external/aliveStatusCodes/" + i13, schemaPath: "#/properties/external/properties/aliveStatusCodes/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema66.properties.external.properties.aliveStatusCodes.items, data: data82 };
                      if (vErrors === null) {
                        vErrors = [err103];
                      } else {
                        vErrors.push(err103);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err104 = { instancePath: instancePath + "/external/aliveStatusCodes", schemaPath: "#/properties/external/properties/aliveStatusCodes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties.external.properties.aliveStatusCodes.type, parentSchema: schema66.properties.external.properties.aliveStatusCodes, data: data81 };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
            }
            if (data77.httpHeaders !== void 0) {
              let data83 = data77.httpHeaders;
              if (Array.isArray(data83)) {
                const len14 = data83.length;
                for (let i14 = 0; i14 < len14; i14++) {
                  let data84 = data83[i14];
                  if (data84 && typeof data84 == "object" && !Array.isArray(data84)) {
                    if (data84.urls === void 0) {
                      const err105 = { instancePath: instancePath + "/external/httpHeaders/" + i14, schemaPath: "#/properties/external/properties/httpHeaders/items/required", keyword: "required", params: { missingProperty: "urls" }, message: "must have required property 'urls'", schema: schema66.properties.external.properties.httpHeaders.items.required, parentSchema: schema66.properties.external.properties.httpHeaders.items, data: data84 };
                      if (vErrors === null) {
                        vErrors = [err105];
                      } else {
                        vErrors.push(err105);
                      }
                      errors++;
                    }
                    if (data84.headers === void 0) {
                      const err106 = { instancePath: instancePath + "/external/httpHeaders/" + i14, schemaPath: "#/properties/external/properties/httpHeaders/items/required", keyword: "required", params: { missingProperty: "headers" }, message: "must have required property 'headers'", schema: schema66.properties.external.properties.httpHeaders.items.required, parentSchema: schema66.properties.external.properties.httpHeaders.items, data: data84 };
                      if (vErrors === null) {
                        vErrors = [err106];
                      } else {
                        vErrors.push(err106);
                      }
                      errors++;
                    }
                    if (data84.urls !== void 0) {
                      let data85 = data84.urls;
                      if (Array.isArray(data85)) {
                        const len15 = data85.length;
                        for (let i15 = 0; i15 < len15; i15++) {
                          let data86 = data85[i15];
                          if (typeof data86 !== "string") {
                            const err107 = { instancePath: instancePath + "/external/httpHeaders/" + i14 + "/urls/" + i15, schemaPath: "#/properties/external/properties/httpHeaders/items/properties/urls/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.external.properties.httpHeaders.items.properties.urls.items.type, parentSchema: schema66.properties.external.properties.httpHeaders.items.properties.urls.items, data: data86 };
                            if (vErrors === null) {
                              vErrors = [err107];
                            } else {
                              vErrors.push(err107);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err108 = { instancePath: instancePath + "/external/httpHeaders/" + i14 + "/urls", schemaPath: "#/properties/external/properties/httpHeaders/items/properties/urls/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties.external.properties.httpHeaders.items.properties.urls.type, parentSchema: schema66.properties.external.properties.httpHeaders.items.properties.urls, data: data85 };
                        if (vErrors === null) {
                          vErrors = [err108];
                        } else {
                          vErrors.push(err108);
                        }
                        errors++;
                      }
                    }
                    if (data84.headers !== void 0) {
                      let data87 = data84.headers;
                      if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
                        for (const key14 in data87) {
                          let data88 = data87[key14];
                          if (typeof data88 !== "string") {
                            const err109 = { instancePath: instancePath + "/external/httpHeaders/" + i14 + "/headers/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/external/properties/httpHeaders/items/properties/headers/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.external.properties.httpHeaders.items.properties.headers.additionalProperties.type, parentSchema: schema66.properties.external.properties.httpHeaders.items.properties.headers.additionalProperties, data: data88 };
                            if (vErrors === null) {
                              vErrors = [err109];
                            } else {
                              vErrors.push(err109);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err110 = { instancePath: instancePath + "/external/httpHeaders/" + i14 + "/headers", schemaPath: "#/properties/external/properties/httpHeaders/items/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.properties.external.properties.httpHeaders.items.properties.headers.type, parentSchema: schema66.properties.external.properties.httpHeaders.items.properties.headers, data: data87 };
                        if (vErrors === null) {
                          vErrors = [err110];
                        } else {
                          vErrors.push(err110);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err111 = { instancePath: instancePath + "/external/httpHeaders/" + i14, schemaPath: "#/properties/external/properties/httpHeaders/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.properties.external.properties.httpHeaders.items.type, parentSchema: schema66.properties.external.properties.httpHeaders.items, data: data84 };
                    if (vErrors === null) {
                      vErrors = [err111];
                    } else {
                      vErrors.push(err111);
                    }
                    errors++;
                  }
                }
              } else {
                const err112 = { instancePath: instancePath + "/external/httpHeaders", schemaPath: "#/properties/external/properties/httpHeaders/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties.external.properties.httpHeaders.type, parentSchema: schema66.properties.external.properties.httpHeaders, data: data83 };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
            }
            if (data77.retryOn429 !== void 0) {
              let data89 = data77.retryOn429;
              if (typeof data89 !== "boolean") {
                const err113 = { instancePath: instancePath + "/external/retryOn429", schemaPath: "#/properties/external/properties/retryOn429/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema66.properties.external.properties.retryOn429.type, parentSchema: schema66.properties.external.properties.retryOn429, data: data89 };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
            }
            if (data77.retryCount !== void 0) {
              let data90 = data77.retryCount;
              if (!(typeof data90 == "number" && (!(data90 % 1) && !isNaN(data90)) && isFinite(data90))) {
                const err114 = { instancePath: instancePath + "/external/retryCount", schemaPath: "#/properties/external/properties/retryCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema66.properties.external.properties.retryCount.type, parentSchema: schema66.properties.external.properties.retryCount, data: data90 };
                if (vErrors === null) {
                  vErrors = [err114];
                } else {
                  vErrors.push(err114);
                }
                errors++;
              }
              if (typeof data90 == "number" && isFinite(data90)) {
                if (data90 > 10 || isNaN(data90)) {
                  const err115 = { instancePath: instancePath + "/external/retryCount", schemaPath: "#/properties/external/properties/retryCount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema66.properties.external.properties.retryCount, data: data90 };
                  if (vErrors === null) {
                    vErrors = [err115];
                  } else {
                    vErrors.push(err115);
                  }
                  errors++;
                }
                if (data90 < 0 || isNaN(data90)) {
                  const err116 = { instancePath: instancePath + "/external/retryCount", schemaPath: "#/properties/external/properties/retryCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema66.properties.external.properties.retryCount, data: data90 };
                  if (vErrors === null) {
                    vErrors = [err116];
                  } else {
                    vErrors.push(err116);
                  }
                  errors++;
                }
              }
            }
            if (data77.fallbackRetryDelay !== void 0) {
              let data91 = data77.fallbackRetryDelay;
              const _errs201 = errors;
              let valid51 = false;
              let passing1 = null;
              const _errs202 = errors;
              if (typeof data91 == "number" && isFinite(data91)) {
                if (data91 > 6e5 || isNaN(data91)) {
                  const err117 = { instancePath: instancePath + "/external/fallbackRetryDelay", schemaPath: "#/properties/external/properties/fallbackRetryDelay/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 6e5 }, message: "must be <= 600000", schema: 6e5, parentSchema: schema66.properties.external.properties.fallbackRetryDelay.oneOf[0], data: data91 };
                  if (vErrors === null) {
                    vErrors = [err117];
                  } else {
                    vErrors.push(err117);
                  }
                  errors++;
                }
                if (data91 < 0 || isNaN(data91)) {
                  const err118 = { instancePath: instancePath + "/external/fallbackRetryDelay", schemaPath: "#/properties/external/properties/fallbackRetryDelay/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema66.properties.external.properties.fallbackRetryDelay.oneOf[0], data: data91 };
                  if (vErrors === null) {
                    vErrors = [err118];
                  } else {
                    vErrors.push(err118);
                  }
                  errors++;
                }
              } else {
                const err119 = { instancePath: instancePath + "/external/fallbackRetryDelay", schemaPath: "#/properties/external/properties/fallbackRetryDelay/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema66.properties.external.properties.fallbackRetryDelay.oneOf[0].type, parentSchema: schema66.properties.external.properties.fallbackRetryDelay.oneOf[0], data: data91 };
                if (vErrors === null) {
                  vErrors = [err119];
                } else {
                  vErrors.push(err119);
                }
                errors++;
              }
              var _valid1 = _errs202 === errors;
              if (_valid1) {
                valid51 = true;
                passing1 = 0;
              }
              const _errs204 = errors;
              if (typeof data91 !== "string") {
                const err120 = { instancePath: instancePath + "/external/fallbackRetryDelay", schemaPath: "#/properties/external/properties/fallbackRetryDelay/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.external.properties.fallbackRetryDelay.oneOf[1].type, parentSchema: schema66.properties.external.properties.fallbackRetryDelay.oneOf[1], data: data91 };
                if (vErrors === null) {
                  vErrors = [err120];
                } else {
                  vErrors.push(err120);
                }
                errors++;
              }
              var _valid1 = _errs204 === errors;
              if (_valid1 && valid51) {
                valid51 = false;
                passing1 = [passing1, 1];
              } else {
                if (_valid1) {
                  valid51 = true;
                  passing1 = 1;
                }
              }
              if (!valid51) {
                const err121 = { instancePath: instancePath + "/external/fallbackRetryDelay", schemaPath: "#/properties/external/properties/fallbackRetryDelay/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema66.properties.external.properties.fallbackRetryDelay.oneOf, parentSchema: schema66.properties.external.properties.fallbackRetryDelay, data: data91 };
                if (vErrors === null) {
                  vErrors = [err121];
                } else {
                  vErrors.push(err121);
                }
                errors++;
              } else {
                errors = _errs201;
                if (vErrors !== null) {
                  if (_errs201) {
                    vErrors.length = _errs201;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data77.timeout !== void 0) {
              let data92 = data77.timeout;
              const _errs207 = errors;
              let valid52 = false;
              let passing2 = null;
              const _errs208 = errors;
              if (typeof data92 == "number" && isFinite(data92)) {
                if (data92 > 12e4 || isNaN(data92)) {
                  const err122 = { instancePath: instancePath + "/external/timeout", schemaPath: "#/properties/external/properties/timeout/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 12e4 }, message: "must be <= 120000", schema: 12e4, parentSchema: schema66.properties.external.properties.timeout.oneOf[0], data: data92 };
                  if (vErrors === null) {
                    vErrors = [err122];
                  } else {
                    vErrors.push(err122);
                  }
                  errors++;
                }
                if (data92 < 1 || isNaN(data92)) {
                  const err123 = { instancePath: instancePath + "/external/timeout", schemaPath: "#/properties/external/properties/timeout/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema66.properties.external.properties.timeout.oneOf[0], data: data92 };
                  if (vErrors === null) {
                    vErrors = [err123];
                  } else {
                    vErrors.push(err123);
                  }
                  errors++;
                }
              } else {
                const err124 = { instancePath: instancePath + "/external/timeout", schemaPath: "#/properties/external/properties/timeout/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema66.properties.external.properties.timeout.oneOf[0].type, parentSchema: schema66.properties.external.properties.timeout.oneOf[0], data: data92 };
                if (vErrors === null) {
                  vErrors = [err124];
                } else {
                  vErrors.push(err124);
                }
                errors++;
              }
              var _valid2 = _errs208 === errors;
              if (_valid2) {
                valid52 = true;
                passing2 = 0;
              }
              const _errs210 = errors;
              if (typeof data92 !== "string") {
                const err125 = { instancePath: instancePath + "/external/timeout", schemaPath: "#/properties/external/properties/timeout/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.external.properties.timeout.oneOf[1].type, parentSchema: schema66.properties.external.properties.timeout.oneOf[1], data: data92 };
                if (vErrors === null) {
                  vErrors = [err125];
                } else {
                  vErrors.push(err125);
                }
                errors++;
              }
              var _valid2 = _errs210 === errors;
              if (_valid2 && valid52) {
                valid52 = false;
                passing2 = [passing2, 1];
              } else {
                if (_valid2) {
                  valid52 = true;
                  passing2 = 1;
                }
              }
              if (!valid52) {
                const err126 = { instancePath: instancePath + "/external/timeout", schemaPath: "#/properties/external/properties/timeout/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema66.properties.external.properties.timeout.oneOf, parentSchema: schema66.properties.external.properties.timeout, data: data92 };
                if (vErrors === null) {
                  vErrors = [err126];
                } else {
                  vErrors.push(err126);
                }
                errors++;
              } else {
                errors = _errs207;
                if (vErrors !== null) {
                  if (_errs207) {
                    vErrors.length = _errs207;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data77.concurrency !== void 0) {
              let data93 = data77.concurrency;
              if (!(typeof data93 == "number" && (!(data93 % 1) && !isNaN(data93)) && isFinite(data93))) {
                const err127 = { instancePath: instancePath + "/external/concurrency", schemaPath: "#/properties/external/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema66.properties.external.properties.concurrency.type, parentSchema: schema66.properties.external.properties.concurrency, data: data93 };
                if (vErrors === null) {
                  vErrors = [err127];
                } else {
                  vErrors.push(err127);
                }
                errors++;
              }
              if (typeof data93 == "number" && isFinite(data93)) {
                if (data93 < 1 || isNaN(data93)) {
                  const err128 = { instancePath: instancePath + "/external/concurrency", schemaPath: "#/properties/external/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema66.properties.external.properties.concurrency, data: data93 };
                  if (vErrors === null) {
                    vErrors = [err128];
                  } else {
                    vErrors.push(err128);
                  }
                  errors++;
                }
              }
            }
            if (data77.perHost !== void 0) {
              let data94 = data77.perHost;
              if (!(typeof data94 == "number" && (!(data94 % 1) && !isNaN(data94)) && isFinite(data94))) {
                const err129 = { instancePath: instancePath + "/external/perHost", schemaPath: "#/properties/external/properties/perHost/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema66.properties.external.properties.perHost.type, parentSchema: schema66.properties.external.properties.perHost, data: data94 };
                if (vErrors === null) {
                  vErrors = [err129];
                } else {
                  vErrors.push(err129);
                }
                errors++;
              }
              if (typeof data94 == "number" && isFinite(data94)) {
                if (data94 < 1 || isNaN(data94)) {
                  const err130 = { instancePath: instancePath + "/external/perHost", schemaPath: "#/properties/external/properties/perHost/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema66.properties.external.properties.perHost, data: data94 };
                  if (vErrors === null) {
                    vErrors = [err130];
                  } else {
                    vErrors.push(err130);
                  }
                  errors++;
                }
              }
            }
            if (data77.hostInterval !== void 0) {
              let data95 = data77.hostInterval;
              const _errs217 = errors;
              let valid53 = false;
              let passing3 = null;
              const _errs218 = errors;
              if (typeof data95 == "number" && isFinite(data95)) {
                if (data95 > 6e4 || isNaN(data95)) {
                  const err131 = { instancePath: instancePath + "/external/hostInterval", schemaPath: "#/properties/external/properties/hostInterval/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 6e4 }, message: "must be <= 60000", schema: 6e4, parentSchema: schema66.properties.external.properties.hostInterval.oneOf[0], data: data95 };
                  if (vErrors === null) {
                    vErrors = [err131];
                  } else {
                    vErrors.push(err131);
                  }
                  errors++;
                }
                if (data95 < 0 || isNaN(data95)) {
                  const err132 = { instancePath: instancePath + "/external/hostInterval", schemaPath: "#/properties/external/properties/hostInterval/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema66.properties.external.properties.hostInterval.oneOf[0], data: data95 };
                  if (vErrors === null) {
                    vErrors = [err132];
                  } else {
                    vErrors.push(err132);
                  }
                  errors++;
                }
              } else {
                const err133 = { instancePath: instancePath + "/external/hostInterval", schemaPath: "#/properties/external/properties/hostInterval/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema66.properties.external.properties.hostInterval.oneOf[0].type, parentSchema: schema66.properties.external.properties.hostInterval.oneOf[0], data: data95 };
                if (vErrors === null) {
                  vErrors = [err133];
                } else {
                  vErrors.push(err133);
                }
                errors++;
              }
              var _valid3 = _errs218 === errors;
              if (_valid3) {
                valid53 = true;
                passing3 = 0;
              }
              const _errs220 = errors;
              if (typeof data95 !== "string") {
                const err134 = { instancePath: instancePath + "/external/hostInterval", schemaPath: "#/properties/external/properties/hostInterval/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.external.properties.hostInterval.oneOf[1].type, parentSchema: schema66.properties.external.properties.hostInterval.oneOf[1], data: data95 };
                if (vErrors === null) {
                  vErrors = [err134];
                } else {
                  vErrors.push(err134);
                }
                errors++;
              }
              var _valid3 = _errs220 === errors;
              if (_valid3 && valid53) {
                valid53 = false;
                passing3 = [passing3, 1];
              } else {
                if (_valid3) {
                  valid53 = true;
                  passing3 = 1;
                }
              }
              if (!valid53) {
                const err135 = { instancePath: instancePath + "/external/hostInterval", schemaPath: "#/properties/external/properties/hostInterval/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema66.properties.external.properties.hostInterval.oneOf, parentSchema: schema66.properties.external.properties.hostInterval, data: data95 };
                if (vErrors === null) {
                  vErrors = [err135];
                } else {
                  vErrors.push(err135);
                }
                errors++;
              } else {
                errors = _errs217;
                if (vErrors !== null) {
                  if (_errs217) {
                    vErrors.length = _errs217;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data77.maxRedirects !== void 0) {
              let data96 = data77.maxRedirects;
              if (!(typeof data96 == "number" && (!(data96 % 1) && !isNaN(data96)) && isFinite(data96))) {
                const err136 = { instancePath: instancePath + "/external/maxRedirects", schemaPath: "#/properties/external/properties/maxRedirects/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema66.properties.external.properties.maxRedirects.type, parentSchema: schema66.properties.external.properties.maxRedirects, data: data96 };
                if (vErrors === null) {
                  vErrors = [err136];
                } else {
                  vErrors.push(err136);
                }
                errors++;
              }
              if (typeof data96 == "number" && isFinite(data96)) {
                if (data96 > 20 || isNaN(data96)) {
                  const err137 = { instancePath: instancePath + "/external/maxRedirects", schemaPath: "#/properties/external/properties/maxRedirects/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20", schema: 20, parentSchema: schema66.properties.external.properties.maxRedirects, data: data96 };
                  if (vErrors === null) {
                    vErrors = [err137];
                  } else {
                    vErrors.push(err137);
                  }
                  errors++;
                }
                if (data96 < 0 || isNaN(data96)) {
                  const err138 = { instancePath: instancePath + "/external/maxRedirects", schemaPath: "#/properties/external/properties/maxRedirects/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema66.properties.external.properties.maxRedirects, data: data96 };
                  if (vErrors === null) {
                    vErrors = [err138];
                  } else {
                    vErrors.push(err138);
                  }
                  errors++;
                }
              }
            }
            if (data77.maxRetryDelay !== void 0) {
              let data97 = data77.maxRetryDelay;
              const _errs225 = errors;
              let valid54 = false;
              let passing4 = null;
              const _errs226 = errors;
              if (typeof data97 == "number" && isFinite(data97)) {
                if (data97 > 6e5 || isNaN(data97)) {
                  const err139 = { instancePath: instancePath + "/external/maxRetryDelay", schemaPath: "#/properties/external/properties/maxRetryDelay/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 6e5 }, message: "must be <= 600000", schema: 6e5, parentSchema: schema66.properties.external.properties.maxRetryDelay.oneOf[0], data: data97 };
                  if (vErrors === null) {
                    vErrors = [err139];
                  } else {
                    vErrors.push(err139);
                  }
                  errors++;
                }
                if (data97 < 0 || isNaN(data97)) {
                  const err140 = { instancePath: instancePath + "/external/maxRetryDelay", schemaPath: "#/properties/external/properties/maxRetryDelay/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema66.properties.external.properties.maxRetryDelay.oneOf[0], data: data97 };
                  if (vErrors === null) {
                    vErrors = [err140];
                  } else {
                    vErrors.push(err140);
                  }
                  errors++;
                }
              } else {
                const err141 = { instancePath: instancePath + "/external/maxRetryDelay", schemaPath: "#/properties/external/properties/maxRetryDelay/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema66.properties.external.properties.maxRetryDelay.oneOf[0].type, parentSchema: schema66.properties.external.properties.maxRetryDelay.oneOf[0], data: data97 };
                if (vErrors === null) {
                  vErrors = [err141];
                } else {
                  vErrors.push(err141);
                }
                errors++;
              }
              var _valid4 = _errs226 === errors;
              if (_valid4) {
                valid54 = true;
                passing4 = 0;
              }
              const _errs228 = errors;
              if (typeof data97 !== "string") {
                const err142 = { instancePath: instancePath + "/external/maxRetryDelay", schemaPath: "#/properties/external/properties/maxRetryDelay/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.external.properties.maxRetryDelay.oneOf[1].type, parentSchema: schema66.properties.external.properties.maxRetryDelay.oneOf[1], data: data97 };
                if (vErrors === null) {
                  vErrors = [err142];
                } else {
                  vErrors.push(err142);
                }
                errors++;
              }
              var _valid4 = _errs228 === errors;
              if (_valid4 && valid54) {
                valid54 = false;
                passing4 = [passing4, 1];
              } else {
                if (_valid4) {
                  valid54 = true;
                  passing4 = 1;
                }
              }
              if (!valid54) {
                const err143 = { instancePath: instancePath + "/external/maxRetryDelay", schemaPath: "#/properties/external/properties/maxRetryDelay/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf", schema: schema66.properties.external.properties.maxRetryDelay.oneOf, parentSchema: schema66.properties.external.properties.maxRetryDelay, data: data97 };
                if (vErrors === null) {
                  vErrors = [err143];
                } else {
                  vErrors.push(err143);
                }
                errors++;
              } else {
                errors = _errs225;
                if (vErrors !== null) {
                  if (_errs225) {
                    vErrors.length = _errs225;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data77.cacheTtl !== void 0) {
              let data98 = data77.cacheTtl;
              const _errs231 = errors;
              let valid55 = false;
              let passing5 = null;
              const _errs232 = errors;
              if (typeof data98 == "number" && isFinite(data98)) {
                if (data98 > 2592e6 || isNaN(data98)) {
                  const err144 = { instancePath: instancePath + "/external/cacheTtl", schemaPath: "#/properties/external/properties/cacheTtl/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2592e6 }, message: "must be <= 2592000000", schema: 2592e6, parentSchema: schema66.properties.external.properties.cacheTtl.oneOf[0], data: data98 };
                  if (vErrors === null) {
                    vErrors = [err144];
                  } else {
                    vErrors.push(err144);
                  }
                  errors++;
                }
                if (data98 < 0 || isNaN(data98)) {
                  const err145 = { instancePath: instancePath + "/external/cacheTtl", schemaPath: "#/properties/external/properties/cacheTtl/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema66.properties.external.properties.cacheTtl.oneOf[0], data: data98 };
                  if (vErrors === null) {
                    vErrors = [err145];
                  } else {
                    vErrors.push(err145);
                  }
                  errors++;
                }
              } else {
                const err146 = { instancePath: instancePath + "/external/cacheTtl", schemaPath: "#/properties/external/properties/cacheTtl/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema66.properties.external.properties.cacheTtl.oneOf[0].type, parentSchema: schema66.properties.external.properties.cacheTtl.oneOf[0], data: data98 };
                if (vErrors === null) {
                  vErrors = [err146];
                } else {
                  vErrors.push(err146);
                }
                errors++;
              }
              var _valid5 = _errs232 === errors;
              if (_valid5) {
                valid55 = true;
                passing5 = 0;
              }
              const _errs234 = errors;
              if (typeof data98 !== "string") {
                const err147 = { instancePath: instancePath + "/external/cacheTtl", schemaPath: "#/properties/external/properties/cacheTtl/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.external.properties.cacheTtl.oneOf[1].type, parentSchema: schema66.properties.external.properties.cacheTtl.oneOf[1], data: data98 };
                if (vErrors === null) {
                  vErrors = [err147];
                } else {
                  vErrors.push(err147);
                }
                errors++;
              }
              var _valid5 = _errs234 === errors;
              if (_valid5 && valid55) {
                valid55 = false;
                passing5 = [passing5, 1];
              } else {
                if (_valid5) {
                  valid55 = true;
                  passing5 = 1;
                }
              }
              if (!valid55) {
                const err148 = { instancePath: instancePath + "/external/cacheTtl", schemaPath: "#/properties/external/properties/cacheTtl/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf", schema: schema66.properties.external.properties.cacheTtl.oneOf, parentSchema: schema66.properties.external.properties.cacheTtl, data: data98 };
                if (vErrors === null) {
                  vErrors = [err148];
                } else {
                  vErrors.push(err148);
                }
                errors++;
              } else {
                errors = _errs231;
                if (vErrors !== null) {
                  if (_errs231) {
                    vErrors.length = _errs231;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data77.mlcConfig !== void 0) {
              let data99 = data77.mlcConfig;
              if (typeof data99 !== "string") {
                const err149 = { instancePath: instancePath + "/external/mlcConfig", schemaPath: "#/properties/external/properties/mlcConfig/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.external.properties.mlcConfig.type, parentSchema: schema66.properties.external.properties.mlcConfig, data: data99 };
                if (vErrors === null) {
                  vErrors = [err149];
                } else {
                  vErrors.push(err149);
                }
                errors++;
              }
            }
            if (data77.allowPrivateAddresses !== void 0) {
              let data100 = data77.allowPrivateAddresses;
              const _errs239 = errors;
              let valid56 = false;
              let passing6 = null;
              const _errs240 = errors;
              if (typeof data100 !== "boolean") {
                const err150 = { instancePath: instancePath + "/external/allowPrivateAddresses", schemaPath: "#/properties/external/properties/allowPrivateAddresses/oneOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema66.properties.external.properties.allowPrivateAddresses.oneOf[0].type, parentSchema: schema66.properties.external.properties.allowPrivateAddresses.oneOf[0], data: data100 };
                if (vErrors === null) {
                  vErrors = [err150];
                } else {
                  vErrors.push(err150);
                }
                errors++;
              }
              var _valid6 = _errs240 === errors;
              if (_valid6) {
                valid56 = true;
                passing6 = 0;
              }
              const _errs242 = errors;
              if (Array.isArray(data100)) {
                const len16 = data100.length;
                for (let i16 = 0; i16 < len16; i16++) {
                  let data101 = data100[i16];
                  if (typeof data101 !== "string") {
                    const err151 = { instancePath: instancePath + "/external/allowPrivateAddresses/" + i16, schemaPath: "#/properties/external/properties/allowPrivateAddresses/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.external.properties.allowPrivateAddresses.oneOf[1].items.type, parentSchema: schema66.properties.external.properties.allowPrivateAddresses.oneOf[1].items, data: data101 };
                    if (vErrors === null) {
                      vErrors = [err151];
                    } else {
                      vErrors.push(err151);
                    }
                    errors++;
                  }
                }
              } else {
                const err152 = { instancePath: instancePath + "/external/allowPrivateAddresses", schemaPath: "#/properties/external/properties/allowPrivateAddresses/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties.external.properties.allowPrivateAddresses.oneOf[1].type, parentSchema: schema66.properties.external.properties.allowPrivateAddresses.oneOf[1], data: data100 };
                if (vErrors === null) {
                  vErrors = [err152];
                } else {
                  vErrors.push(err152);
                }
                errors++;
              }
              var _valid6 = _errs242 === errors;
              if (_valid6 && valid56) {
                valid56 = false;
                passing6 = [passing6, 1];
              } else {
                if (_valid6) {
                  valid56 = true;
                  passing6 = 1;
                }
              }
              if (!valid56) {
                const err153 = { instancePath: instancePath + "/external/allowPrivateAddresses", schemaPath: "#/properties/external/properties/allowPrivateAddresses/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf", schema: schema66.properties.external.properties.allowPrivateAddresses.oneOf, parentSchema: schema66.properties.external.properties.allowPrivateAddresses, data: data100 };
                if (vErrors === null) {
                  vErrors = [err153];
                } else {
                  vErrors.push(err153);
                }
                errors++;
              } else {
                errors = _errs239;
                if (vErrors !== null) {
                  if (_errs239) {
                    vErrors.length = _errs239;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err154 = { instancePath: instancePath + "/external", schemaPath: "#/properties/external/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.properties.external.type, parentSchema: schema66.properties.external, data: data77 };
            if (vErrors === null) {
              vErrors = [err154];
            } else {
              vErrors.push(err154);
            }
            errors++;
          }
        }
        if (data.rules !== void 0) {
          let data102 = data.rules;
          if (data102 && typeof data102 == "object" && !Array.isArray(data102)) {
            for (const key15 in data102) {
              if (!func1.call(schema67.properties, key15)) {
                const err155 = { instancePath: instancePath + "/rules", schemaPath: "#/$defs/rules/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema67, data: data102 };
                if (vErrors === null) {
                  vErrors = [err155];
                } else {
                  vErrors.push(err155);
                }
                errors++;
              }
            }
            if (data102["external-url"] !== void 0) {
              let data103 = data102["external-url"];
              const _errs251 = errors;
              let valid61 = false;
              const _errs252 = errors;
              if (!(data103 === "off" || data103 === "warn" || data103 === "error" || data103 === 0 || data103 === 1 || data103 === 2)) {
                const err156 = { instancePath: instancePath + "/rules/external-url", schemaPath: "#/$defs/rules/properties/external-url/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["external-url"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["external-url"].anyOf[0].enum, parentSchema: schema67.properties["external-url"].anyOf[0], data: data103 };
                if (vErrors === null) {
                  vErrors = [err156];
                } else {
                  vErrors.push(err156);
                }
                errors++;
              }
              var _valid7 = _errs252 === errors;
              valid61 = valid61 || _valid7;
              const _errs253 = errors;
              if (Array.isArray(data103)) {
                if (data103.length > 1) {
                  const err157 = { instancePath: instancePath + "/rules/external-url", schemaPath: "#/$defs/rules/properties/external-url/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["external-url"].anyOf[1], data: data103 };
                  if (vErrors === null) {
                    vErrors = [err157];
                  } else {
                    vErrors.push(err157);
                  }
                  errors++;
                }
                if (data103.length < 1) {
                  const err158 = { instancePath: instancePath + "/rules/external-url", schemaPath: "#/$defs/rules/properties/external-url/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["external-url"].anyOf[1], data: data103 };
                  if (vErrors === null) {
                    vErrors = [err158];
                  } else {
                    vErrors.push(err158);
                  }
                  errors++;
                }
                const len17 = data103.length;
                if (len17 > 0) {
                  let data104 = data103[0];
                  if (!(data104 === "off" || data104 === "warn" || data104 === "error" || data104 === 0 || data104 === 1 || data104 === 2)) {
                    const err159 = { instancePath: instancePath + "/rules/external-url/0", schemaPath: "#/$defs/rules/properties/external-url/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["external-url"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["external-url"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["external-url"].anyOf[1].prefixItems[0], data: data104 };
                    if (vErrors === null) {
                      vErrors = [err159];
                    } else {
                      vErrors.push(err159);
                    }
                    errors++;
                  }
                }
                const len18 = data103.length;
                if (!(len18 <= 1)) {
                  const err160 = { instancePath: instancePath + "/rules/external-url", schemaPath: "#/$defs/rules/properties/external-url/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["external-url"].anyOf[1], data: data103 };
                  if (vErrors === null) {
                    vErrors = [err160];
                  } else {
                    vErrors.push(err160);
                  }
                  errors++;
                }
              } else {
                const err161 = { instancePath: instancePath + "/rules/external-url", schemaPath: "#/$defs/rules/properties/external-url/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["external-url"].anyOf[1].type, parentSchema: schema67.properties["external-url"].anyOf[1], data: data103 };
                if (vErrors === null) {
                  vErrors = [err161];
                } else {
                  vErrors.push(err161);
                }
                errors++;
              }
              var _valid7 = _errs253 === errors;
              valid61 = valid61 || _valid7;
              if (!valid61) {
                const err162 = { instancePath: instancePath + "/rules/external-url", schemaPath: "#/$defs/rules/properties/external-url/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["external-url"].anyOf, parentSchema: schema67.properties["external-url"], data: data103 };
                if (vErrors === null) {
                  vErrors = [err162];
                } else {
                  vErrors.push(err162);
                }
                errors++;
              } else {
                errors = _errs251;
                if (vErrors !== null) {
                  if (_errs251) {
                    vErrors.length = _errs251;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data102["external-url-rate-limited"] !== void 0) {
              let data105 = data102["external-url-rate-limited"];
              const _errs257 = errors;
              let valid63 = false;
              const _errs258 = errors;
              if (!(data105 === "off" || data105 === "warn" || data105 === "error" || data105 === 0 || data105 === 1 || data105 === 2)) {
                const err163 = { instancePath: instancePath + "/rules/external-url-rate-limited", schemaPath: "#/$defs/rules/properties/external-url-rate-limited/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["external-url-rate-limited"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["external-url-rate-limited"].anyOf[0].enum, parentSchema: schema67.properties["external-url-rate-limited"].anyOf[0], data: data105 };
                if (vErrors === null) {
                  vErrors = [err163];
                } else {
                  vErrors.push(err163);
                }
                errors++;
              }
              var _valid8 = _errs258 === errors;
              valid63 = valid63 || _valid8;
              const _errs259 = errors;
              if (Array.isArray(data105)) {
                if (data105.length > 1) {
                  const err164 = { instancePath: instancePath + "/rules/external-url-rate-limited", schemaPath: "#/$defs/rules/properties/external-url-rate-limited/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["external-url-rate-limited"].anyOf[1], data: data105 };
                  if (vErrors === null) {
                    vErrors = [err164];
                  } else {
                    vErrors.push(err164);
                  }
                  errors++;
                }
                if (data105.length < 1) {
                  const err165 = { instancePath: instancePath + "/rules/external-url-rate-limited", schemaPath: "#/$defs/rules/properties/external-url-rate-limited/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["external-url-rate-limited"].anyOf[1], data: data105 };
                  if (vErrors === null) {
                    vErrors = [err165];
                  } else {
                    vErrors.push(err165);
                  }
                  errors++;
                }
                const len19 = data105.length;
                if (len19 > 0) {
                  let data106 = data105[0];
                  if (!(data106 === "off" || data106 === "warn" || data106 === "error" || data106 === 0 || data106 === 1 || data106 === 2)) {
                    const err166 = { instancePath: instancePath + "/rules/external-url-rate-limited/0", schemaPath: "#/$defs/rules/properties/external-url-rate-limited/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["external-url-rate-limited"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["external-url-rate-limited"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["external-url-rate-limited"].anyOf[1].prefixItems[0], data: data106 };
                    if (vErrors === null) {
                      vErrors = [err166];
                    } else {
                      vErrors.push(err166);
                    }
                    errors++;
                  }
                }
                const len20 = data105.length;
                if (!(len20 <= 1)) {
                  const err167 = { instancePath: instancePath + "/rules/external-url-rate-limited", schemaPath: "#/$defs/rules/properties/external-url-rate-limited/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["external-url-rate-limited"].anyOf[1], data: data105 };
                  if (vErrors === null) {
                    vErrors = [err167];
                  } else {
                    vErrors.push(err167);
                  }
                  errors++;
                }
              } else {
                const err168 = { instancePath: instancePath + "/rules/external-url-rate-limited", schemaPath: "#/$defs/rules/properties/external-url-rate-limited/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["external-url-rate-limited"].anyOf[1].type, parentSchema: schema67.properties["external-url-rate-limited"].anyOf[1], data: data105 };
                if (vErrors === null) {
                  vErrors = [err168];
                } else {
                  vErrors.push(err168);
                }
                errors++;
              }
              var _valid8 = _errs259 === errors;
              valid63 = valid63 || _valid8;
              if (!valid63) {
                const err169 = { instancePath: instancePath + "/rules/external-url-rate-limited", schemaPath: "#/$defs/rules/properties/external-url-rate-limited/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["external-url-rate-limited"].anyOf, parentSchema: schema67.properties["external-url-rate-limited"], data: data105 };
                if (vErrors === null) {
                  vErrors = [err169];
                } else {
                  vErrors.push(err169);
                }
                errors++;
              } else {
                errors = _errs257;
                if (vErrors !== null) {
                  if (_errs257) {
                    vErrors.length = _errs257;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data102["external-url-redirect"] !== void 0) {
              let data107 = data102["external-url-redirect"];
              const _errs263 = errors;
              let valid65 = false;
              const _errs264 = errors;
              if (!(data107 === "off" || data107 === "warn" || data107 === "error" || data107 === 0 || data107 === 1 || data107 === 2)) {
                const err170 = { instancePath: instancePath + "/rules/external-url-redirect", schemaPath: "#/$defs/rules/properties/external-url-redirect/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["external-url-redirect"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["external-url-redirect"].anyOf[0].enum, parentSchema: schema67.properties["external-url-redirect"].anyOf[0], data: data107 };
                if (vErrors === null) {
                  vErrors = [err170];
                } else {
                  vErrors.push(err170);
                }
                errors++;
              }
              var _valid9 = _errs264 === errors;
              valid65 = valid65 || _valid9;
              const _errs265 = errors;
              if (Array.isArray(data107)) {
                if (data107.length > 1) {
                  const err171 = { instancePath: instancePath + "/rules/external-url-redirect", schemaPath: "#/$defs/rules/properties/external-url-redirect/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["external-url-redirect"].anyOf[1], data: data107 };
                  if (vErrors === null) {
                    vErrors = [err171];
                  } else {
                    vErrors.push(err171);
                  }
                  errors++;
                }
                if (data107.length < 1) {
                  const err172 = { instancePath: instancePath + "/rules/external-url-redirect", schemaPath: "#/$defs/rules/properties/external-url-redirect/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["external-url-redirect"].anyOf[1], data: data107 };
                  if (vErrors === null) {
                    vErrors = [err172];
                  } else {
                    vErrors.push(err172);
                  }
                  errors++;
                }
                const len21 = data107.length;
                if (len21 > 0) {
                  let data108 = data107[0];
                  if (!(data108 === "off" || data108 === "warn" || data108 === "error" || data108 === 0 || data108 === 1 || data108 === 2)) {
                    const err173 = { instancePath: instancePath + "/rules/external-url-redirect/0", schemaPath: "#/$defs/rules/properties/external-url-redirect/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["external-url-redirect"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["external-url-redirect"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["external-url-redirect"].anyOf[1].prefixItems[0], data: data108 };
                    if (vErrors === null) {
                      vErrors = [err173];
                    } else {
                      vErrors.push(err173);
                    }
                    errors++;
                  }
                }
                const len22 = data107.length;
                if (!(len22 <= 1)) {
                  const err174 = { instancePath: instancePath + "/rules/external-url-redirect", schemaPath: "#/$defs/rules/properties/external-url-redirect/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["external-url-redirect"].anyOf[1], data: data107 };
                  if (vErrors === null) {
                    vErrors = [err174];
                  } else {
                    vErrors.push(err174);
                  }
                  errors++;
                }
              } else {
                const err175 = { instancePath: instancePath + "/rules/external-url-redirect", schemaPath: "#/$defs/rules/properties/external-url-redirect/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["external-url-redirect"].anyOf[1].type, parentSchema: schema67.properties["external-url-redirect"].anyOf[1], data: data107 };
                if (vErrors === null) {
                  vErrors = [err175];
                } else {
                  vErrors.push(err175);
                }
                errors++;
              }
              var _valid9 = _errs265 === errors;
              valid65 = valid65 || _valid9;
              if (!valid65) {
                const err176 = { instancePath: instancePath + "/rules/external-url-redirect", schemaPath: "#/$defs/rules/properties/external-url-redirect/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["external-url-redirect"].anyOf, parentSchema: schema67.properties["external-url-redirect"], data: data107 };
                if (vErrors === null) {
                  vErrors = [err176];
                } else {
                  vErrors.push(err176);
                }
                errors++;
              } else {
                errors = _errs263;
                if (vErrors !== null) {
                  if (_errs263) {
                    vErrors.length = _errs263;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data102["file-encoding"] !== void 0) {
              let data109 = data102["file-encoding"];
              const _errs269 = errors;
              let valid67 = false;
              const _errs270 = errors;
              if (!(data109 === "off" || data109 === "warn" || data109 === "error" || data109 === 0 || data109 === 1 || data109 === 2)) {
                const err177 = { instancePath: instancePath + "/rules/file-encoding", schemaPath: "#/$defs/rules/properties/file-encoding/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["file-encoding"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["file-encoding"].anyOf[0].enum, parentSchema: schema67.properties["file-encoding"].anyOf[0], data: data109 };
                if (vErrors === null) {
                  vErrors = [err177];
                } else {
                  vErrors.push(err177);
                }
                errors++;
              }
              var _valid10 = _errs270 === errors;
              valid67 = valid67 || _valid10;
              const _errs271 = errors;
              if (Array.isArray(data109)) {
                if (data109.length > 1) {
                  const err178 = { instancePath: instancePath + "/rules/file-encoding", schemaPath: "#/$defs/rules/properties/file-encoding/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["file-encoding"].anyOf[1], data: data109 };
                  if (vErrors === null) {
                    vErrors = [err178];
                  } else {
                    vErrors.push(err178);
                  }
                  errors++;
                }
                if (data109.length < 1) {
                  const err179 = { instancePath: instancePath + "/rules/file-encoding", schemaPath: "#/$defs/rules/properties/file-encoding/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["file-encoding"].anyOf[1], data: data109 };
                  if (vErrors === null) {
                    vErrors = [err179];
                  } else {
                    vErrors.push(err179);
                  }
                  errors++;
                }
                const len23 = data109.length;
                if (len23 > 0) {
                  let data110 = data109[0];
                  if (!(data110 === "off" || data110 === "warn" || data110 === "error" || data110 === 0 || data110 === 1 || data110 === 2)) {
                    const err180 = { instancePath: instancePath + "/rules/file-encoding/0", schemaPath: "#/$defs/rules/properties/file-encoding/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["file-encoding"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["file-encoding"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["file-encoding"].anyOf[1].prefixItems[0], data: data110 };
                    if (vErrors === null) {
                      vErrors = [err180];
                    } else {
                      vErrors.push(err180);
                    }
                    errors++;
                  }
                }
                const len24 = data109.length;
                if (!(len24 <= 1)) {
                  const err181 = { instancePath: instancePath + "/rules/file-encoding", schemaPath: "#/$defs/rules/properties/file-encoding/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["file-encoding"].anyOf[1], data: data109 };
                  if (vErrors === null) {
                    vErrors = [err181];
                  } else {
                    vErrors.push(err181);
                  }
                  errors++;
                }
              } else {
                const err182 = { instancePath: instancePath + "/rules/file-encoding", schemaPath: "#/$defs/rules/properties/file-encoding/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["file-encoding"].anyOf[1].type, parentSchema: schema67.properties["file-encoding"].anyOf[1], data: data109 };
                if (vErrors === null) {
                  vErrors = [err182];
                } else {
                  vErrors.push(err182);
                }
                errors++;
              }
              var _valid10 = _errs271 === errors;
              valid67 = valid67 || _valid10;
              if (!valid67) {
                const err183 = { instancePath: instancePath + "/rules/file-encoding", schemaPath: "#/$defs/rules/properties/file-encoding/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["file-encoding"].anyOf, parentSchema: schema67.properties["file-encoding"], data: data109 };
                if (vErrors === null) {
                  vErrors = [err183];
                } else {
                  vErrors.push(err183);
                }
                errors++;
              } else {
                errors = _errs269;
                if (vErrors !== null) {
                  if (_errs269) {
                    vErrors.length = _errs269;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data102["frontmatter-schema"] !== void 0) {
              let data111 = data102["frontmatter-schema"];
              const _errs275 = errors;
              let valid69 = false;
              const _errs276 = errors;
              if (!(data111 === "off" || data111 === "warn" || data111 === "error" || data111 === 0 || data111 === 1 || data111 === 2)) {
                const err184 = { instancePath: instancePath + "/rules/frontmatter-schema", schemaPath: "#/$defs/rules/properties/frontmatter-schema/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["frontmatter-schema"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["frontmatter-schema"].anyOf[0].enum, parentSchema: schema67.properties["frontmatter-schema"].anyOf[0], data: data111 };
                if (vErrors === null) {
                  vErrors = [err184];
                } else {
                  vErrors.push(err184);
                }
                errors++;
              }
              var _valid11 = _errs276 === errors;
              valid69 = valid69 || _valid11;
              const _errs277 = errors;
              if (Array.isArray(data111)) {
                if (data111.length > 1) {
                  const err185 = { instancePath: instancePath + "/rules/frontmatter-schema", schemaPath: "#/$defs/rules/properties/frontmatter-schema/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["frontmatter-schema"].anyOf[1], data: data111 };
                  if (vErrors === null) {
                    vErrors = [err185];
                  } else {
                    vErrors.push(err185);
                  }
                  errors++;
                }
                if (data111.length < 1) {
                  const err186 = { instancePath: instancePath + "/rules/frontmatter-schema", schemaPath: "#/$defs/rules/properties/frontmatter-schema/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["frontmatter-schema"].anyOf[1], data: data111 };
                  if (vErrors === null) {
                    vErrors = [err186];
                  } else {
                    vErrors.push(err186);
                  }
                  errors++;
                }
                const len25 = data111.length;
                if (len25 > 0) {
                  let data112 = data111[0];
                  if (!(data112 === "off" || data112 === "warn" || data112 === "error" || data112 === 0 || data112 === 1 || data112 === 2)) {
                    const err187 = { instancePath: instancePath + "/rules/frontmatter-schema/0", schemaPath: "#/$defs/rules/properties/frontmatter-schema/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["frontmatter-schema"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["frontmatter-schema"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["frontmatter-schema"].anyOf[1].prefixItems[0], data: data112 };
                    if (vErrors === null) {
                      vErrors = [err187];
                    } else {
                      vErrors.push(err187);
                    }
                    errors++;
                  }
                }
                const len26 = data111.length;
                if (!(len26 <= 1)) {
                  const err188 = { instancePath: instancePath + "/rules/frontmatter-schema", schemaPath: "#/$defs/rules/properties/frontmatter-schema/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["frontmatter-schema"].anyOf[1], data: data111 };
                  if (vErrors === null) {
                    vErrors = [err188];
                  } else {
                    vErrors.push(err188);
                  }
                  errors++;
                }
              } else {
                const err189 = { instancePath: instancePath + "/rules/frontmatter-schema", schemaPath: "#/$defs/rules/properties/frontmatter-schema/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["frontmatter-schema"].anyOf[1].type, parentSchema: schema67.properties["frontmatter-schema"].anyOf[1], data: data111 };
                if (vErrors === null) {
                  vErrors = [err189];
                } else {
                  vErrors.push(err189);
                }
                errors++;
              }
              var _valid11 = _errs277 === errors;
              valid69 = valid69 || _valid11;
              if (!valid69) {
                const err190 = { instancePath: instancePath + "/rules/frontmatter-schema", schemaPath: "#/$defs/rules/properties/frontmatter-schema/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["frontmatter-schema"].anyOf, parentSchema: schema67.properties["frontmatter-schema"], data: data111 };
                if (vErrors === null) {
                  vErrors = [err190];
                } else {
                  vErrors.push(err190);
                }
                errors++;
              } else {
                errors = _errs275;
                if (vErrors !== null) {
                  if (_errs275) {
                    vErrors.length = _errs275;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data102["frontmatter-yaml"] !== void 0) {
              let data113 = data102["frontmatter-yaml"];
              const _errs281 = errors;
              let valid71 = false;
              const _errs282 = errors;
              if (!(data113 === "off" || data113 === "warn" || data113 === "error" || data113 === 0 || data113 === 1 || data113 === 2)) {
                const err191 = { instancePath: instancePath + "/rules/frontmatter-yaml", schemaPath: "#/$defs/rules/properties/frontmatter-yaml/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["frontmatter-yaml"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["frontmatter-yaml"].anyOf[0].enum, parentSchema: schema67.properties["frontmatter-yaml"].anyOf[0], data: data113 };
                if (vErrors === null) {
                  vErrors = [err191];
                } else {
                  vErrors.push(err191);
                }
                errors++;
              }
              var _valid12 = _errs282 === errors;
              valid71 = valid71 || _valid12;
              const _errs283 = errors;
              if (Array.isArray(data113)) {
                if (data113.length > 1) {
                  const err192 = { instancePath: instancePath + "/rules/frontmatter-yaml", schemaPath: "#/$defs/rules/properties/frontmatter-yaml/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["frontmatter-yaml"].anyOf[1], data: data113 };
                  if (vErrors === null) {
                    vErrors = [err192];
                  } else {
                    vErrors.push(err192);
                  }
                  errors++;
                }
                if (data113.length < 1) {
                  const err193 = { instancePath: instancePath + "/rules/frontmatter-yaml", schemaPath: "#/$defs/rules/properties/frontmatter-yaml/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["frontmatter-yaml"].anyOf[1], data: data113 };
                  if (vErrors === null) {
                    vErrors = [err193];
                  } else {
                    vErrors.push(err193);
                  }
                  errors++;
                }
                const len27 = data113.length;
                if (len27 > 0) {
                  let data114 = data113[0];
                  if (!(data114 === "off" || data114 === "warn" || data114 === "error" || data114 === 0 || data114 === 1 || data114 === 2)) {
                    const err194 = { instancePath: instancePath + "/rules/frontmatter-yaml/0", schemaPath: "#/$defs/rules/properties/frontmatter-yaml/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["frontmatter-yaml"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["frontmatter-yaml"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["frontmatter-yaml"].anyOf[1].prefixItems[0], data: data114 };
                    if (vErrors === null) {
                      vErrors = [err194];
                    } else {
                      vErrors.push(err194);
                    }
                    errors++;
                  }
                }
                const len28 = data113.length;
                if (!(len28 <= 1)) {
                  const err195 = { instancePath: instancePath + "/rules/frontmatter-yaml", schemaPath: "#/$defs/rules/properties/frontmatter-yaml/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["frontmatter-yaml"].anyOf[1], data: data113 };
                  if (vErrors === null) {
                    vErrors = [err195];
                  } else {
                    vErrors.push(err195);
                  }
                  errors++;
                }
              } else {
                const err196 = { instancePath: instancePath + "/rules/frontmatter-yaml", schemaPath: "#/$defs/rules/properties/frontmatter-yaml/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["frontmatter-yaml"].anyOf[1].type, parentSchema: schema67.properties["frontmatter-yaml"].anyOf[1], data: data113 };
                if (vErrors === null) {
                  vErrors = [err196];
                } else {
                  vErrors.push(err196);
                }
                errors++;
              }
              var _valid12 = _errs283 === errors;
              valid71 = valid71 || _valid12;
              if (!valid71) {
                const err197 = { instancePath: instancePath + "/rules/frontmatter-yaml", schemaPath: "#/$defs/rules/properties/frontmatter-yaml/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["frontmatter-yaml"].anyOf, parentSchema: schema67.properties["frontmatter-yaml"], data: data113 };
                if (vErrors === null) {
                  vErrors = [err197];
                } else {
                  vErrors.push(err197);
                }
                errors++;
              } else {
                errors = _errs281;
                if (vErrors !== null) {
                  if (_errs281) {
                    vErrors.length = _errs281;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data102["label-values"] !== void 0) {
              let data115 = data102["label-values"];
              const _errs287 = errors;
              let valid73 = false;
              const _errs288 = errors;
              if (!(data115 === "off" || data115 === "warn" || data115 === "error" || data115 === 0 || data115 === 1 || data115 === 2)) {
                const err198 = { instancePath: instancePath + "/rules/label-values", schemaPath: "#/$defs/rules/properties/label-values/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["label-values"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["label-values"].anyOf[0].enum, parentSchema: schema67.properties["label-values"].anyOf[0], data: data115 };
                if (vErrors === null) {
                  vErrors = [err198];
                } else {
                  vErrors.push(err198);
                }
                errors++;
              }
              var _valid13 = _errs288 === errors;
              valid73 = valid73 || _valid13;
              const _errs289 = errors;
              if (Array.isArray(data115)) {
                if (data115.length > 1) {
                  const err199 = { instancePath: instancePath + "/rules/label-values", schemaPath: "#/$defs/rules/properties/label-values/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["label-values"].anyOf[1], data: data115 };
                  if (vErrors === null) {
                    vErrors = [err199];
                  } else {
                    vErrors.push(err199);
                  }
                  errors++;
                }
                if (data115.length < 1) {
                  const err200 = { instancePath: instancePath + "/rules/label-values", schemaPath: "#/$defs/rules/properties/label-values/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["label-values"].anyOf[1], data: data115 };
                  if (vErrors === null) {
                    vErrors = [err200];
                  } else {
                    vErrors.push(err200);
                  }
                  errors++;
                }
                const len29 = data115.length;
                if (len29 > 0) {
                  let data116 = data115[0];
                  if (!(data116 === "off" || data116 === "warn" || data116 === "error" || data116 === 0 || data116 === 1 || data116 === 2)) {
                    const err201 = { instancePath: instancePath + "/rules/label-values/0", schemaPath: "#/$defs/rules/properties/label-values/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["label-values"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["label-values"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["label-values"].anyOf[1].prefixItems[0], data: data116 };
                    if (vErrors === null) {
                      vErrors = [err201];
                    } else {
                      vErrors.push(err201);
                    }
                    errors++;
                  }
                }
                const len30 = data115.length;
                if (!(len30 <= 1)) {
                  const err202 = { instancePath: instancePath + "/rules/label-values", schemaPath: "#/$defs/rules/properties/label-values/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["label-values"].anyOf[1], data: data115 };
                  if (vErrors === null) {
                    vErrors = [err202];
                  } else {
                    vErrors.push(err202);
                  }
                  errors++;
                }
              } else {
                const err203 = { instancePath: instancePath + "/rules/label-values", schemaPath: "#/$defs/rules/properties/label-values/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["label-values"].anyOf[1].type, parentSchema: schema67.properties["label-values"].anyOf[1], data: data115 };
                if (vErrors === null) {
                  vErrors = [err203];
                } else {
                  vErrors.push(err203);
                }
                errors++;
              }
              var _valid13 = _errs289 === errors;
              valid73 = valid73 || _valid13;
              if (!valid73) {
                const err204 = { instancePath: instancePath + "/rules/label-values", schemaPath: "#/$defs/rules/properties/label-values/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["label-values"].anyOf, parentSchema: schema67.properties["label-values"], data: data115 };
                if (vErrors === null) {
                  vErrors = [err204];
                } else {
                  vErrors.push(err204);
                }
                errors++;
              } else {
                errors = _errs287;
                if (vErrors !== null) {
                  if (_errs287) {
                    vErrors.length = _errs287;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data102["link-anchor"] !== void 0) {
              let data117 = data102["link-anchor"];
              const _errs293 = errors;
              let valid75 = false;
              const _errs294 = errors;
              if (!(data117 === "off" || data117 === "warn" || data117 === "error" || data117 === 0 || data117 === 1 || data117 === 2)) {
                const err205 = { instancePath: instancePath + "/rules/link-anchor", schemaPath: "#/$defs/rules/properties/link-anchor/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["link-anchor"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["link-anchor"].anyOf[0].enum, parentSchema: schema67.properties["link-anchor"].anyOf[0], data: data117 };
                if (vErrors === null) {
                  vErrors = [err205];
                } else {
                  vErrors.push(err205);
                }
                errors++;
              }
              var _valid14 = _errs294 === errors;
              valid75 = valid75 || _valid14;
              const _errs295 = errors;
              if (Array.isArray(data117)) {
                if (data117.length > 1) {
                  const err206 = { instancePath: instancePath + "/rules/link-anchor", schemaPath: "#/$defs/rules/properties/link-anchor/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["link-anchor"].anyOf[1], data: data117 };
                  if (vErrors === null) {
                    vErrors = [err206];
                  } else {
                    vErrors.push(err206);
                  }
                  errors++;
                }
                if (data117.length < 1) {
                  const err207 = { instancePath: instancePath + "/rules/link-anchor", schemaPath: "#/$defs/rules/properties/link-anchor/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["link-anchor"].anyOf[1], data: data117 };
                  if (vErrors === null) {
                    vErrors = [err207];
                  } else {
                    vErrors.push(err207);
                  }
                  errors++;
                }
                const len31 = data117.length;
                if (len31 > 0) {
                  let data118 = data117[0];
                  if (!(data118 === "off" || data118 === "warn" || data118 === "error" || data118 === 0 || data118 === 1 || data118 === 2)) {
                    const err208 = { instancePath: instancePath + "/rules/link-anchor/0", schemaPath: "#/$defs/rules/properties/link-anchor/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["link-anchor"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["link-anchor"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["link-anchor"].anyOf[1].prefixItems[0], data: data118 };
                    if (vErrors === null) {
                      vErrors = [err208];
                    } else {
                      vErrors.push(err208);
                    }
                    errors++;
                  }
                }
                const len32 = data117.length;
                if (!(len32 <= 1)) {
                  const err209 = { instancePath: instancePath + "/rules/link-anchor", schemaPath: "#/$defs/rules/properties/link-anchor/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["link-anchor"].anyOf[1], data: data117 };
                  if (vErrors === null) {
                    vErrors = [err209];
                  } else {
                    vErrors.push(err209);
                  }
                  errors++;
                }
              } else {
                const err210 = { instancePath: instancePath + "/rules/link-anchor", schemaPath: "#/$defs/rules/properties/link-anchor/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["link-anchor"].anyOf[1].type, parentSchema: schema67.properties["link-anchor"].anyOf[1], data: data117 };
                if (vErrors === null) {
                  vErrors = [err210];
                } else {
                  vErrors.push(err210);
                }
                errors++;
              }
              var _valid14 = _errs295 === errors;
              valid75 = valid75 || _valid14;
              if (!valid75) {
                const err211 = { instancePath: instancePath + "/rules/link-anchor", schemaPath: "#/$defs/rules/properties/link-anchor/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["link-anchor"].anyOf, parentSchema: schema67.properties["link-anchor"], data: data117 };
                if (vErrors === null) {
                  vErrors = [err211];
                } else {
                  vErrors.push(err211);
                }
                errors++;
              } else {
                errors = _errs293;
                if (vErrors !== null) {
                  if (_errs293) {
                    vErrors.length = _errs293;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data102["link-live-site"] !== void 0) {
              let data119 = data102["link-live-site"];
              const _errs299 = errors;
              let valid77 = false;
              const _errs300 = errors;
              if (!(data119 === "off" || data119 === "warn" || data119 === "error" || data119 === 0 || data119 === 1 || data119 === 2)) {
                const err212 = { instancePath: instancePath + "/rules/link-live-site", schemaPath: "#/$defs/rules/properties/link-live-site/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["link-live-site"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["link-live-site"].anyOf[0].enum, parentSchema: schema67.properties["link-live-site"].anyOf[0], data: data119 };
                if (vErrors === null) {
                  vErrors = [err212];
                } else {
                  vErrors.push(err212);
                }
                errors++;
              }
              var _valid15 = _errs300 === errors;
              valid77 = valid77 || _valid15;
              const _errs301 = errors;
              if (Array.isArray(data119)) {
                if (data119.length > 1) {
                  const err213 = { instancePath: instancePath + "/rules/link-live-site", schemaPath: "#/$defs/rules/properties/link-live-site/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["link-live-site"].anyOf[1], data: data119 };
                  if (vErrors === null) {
                    vErrors = [err213];
                  } else {
                    vErrors.push(err213);
                  }
                  errors++;
                }
                if (data119.length < 1) {
                  const err214 = { instancePath: instancePath + "/rules/link-live-site", schemaPath: "#/$defs/rules/properties/link-live-site/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["link-live-site"].anyOf[1], data: data119 };
                  if (vErrors === null) {
                    vErrors = [err214];
                  } else {
                    vErrors.push(err214);
                  }
                  errors++;
                }
                const len33 = data119.length;
                if (len33 > 0) {
                  let data120 = data119[0];
                  if (!(data120 === "off" || data120 === "warn" || data120 === "error" || data120 === 0 || data120 === 1 || data120 === 2)) {
                    const err215 = { instancePath: instancePath + "/rules/link-live-site/0", schemaPath: "#/$defs/rules/properties/link-live-site/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["link-live-site"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["link-live-site"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["link-live-site"].anyOf[1].prefixItems[0], data: data120 };
                    if (vErrors === null) {
                      vErrors = [err215];
                    } else {
                      vErrors.push(err215);
                    }
                    errors++;
                  }
                }
                const len34 = data119.length;
                if (!(len34 <= 1)) {
                  const err216 = { instancePath: instancePath + "/rules/link-live-site", schemaPath: "#/$defs/rules/properties/link-live-site/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["link-live-site"].anyOf[1], data: data119 };
                  if (vErrors === null) {
                    vErrors = [err216];
                  } else {
                    vErrors.push(err216);
                  }
                  errors++;
                }
              } else {
                const err217 = { instancePath: instancePath + "/rules/link-live-site", schemaPath: "#/$defs/rules/properties/link-live-site/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["link-live-site"].anyOf[1].type, parentSchema: schema67.properties["link-live-site"].anyOf[1], data: data119 };
                if (vErrors === null) {
                  vErrors = [err217];
                } else {
                  vErrors.push(err217);
                }
                errors++;
              }
              var _valid15 = _errs301 === errors;
              valid77 = valid77 || _valid15;
              if (!valid77) {
                const err218 = { instancePath: instancePath + "/rules/link-live-site", schemaPath: "#/$defs/rules/properties/link-live-site/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["link-live-site"].anyOf, parentSchema: schema67.properties["link-live-site"], data: data119 };
                if (vErrors === null) {
                  vErrors = [err218];
                } else {
                  vErrors.push(err218);
                }
                errors++;
              } else {
                errors = _errs299;
                if (vErrors !== null) {
                  if (_errs299) {
                    vErrors.length = _errs299;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data102["link-target"] !== void 0) {
              let data121 = data102["link-target"];
              const _errs305 = errors;
              let valid79 = false;
              const _errs306 = errors;
              if (!(data121 === "off" || data121 === "warn" || data121 === "error" || data121 === 0 || data121 === 1 || data121 === 2)) {
                const err219 = { instancePath: instancePath + "/rules/link-target", schemaPath: "#/$defs/rules/properties/link-target/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["link-target"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["link-target"].anyOf[0].enum, parentSchema: schema67.properties["link-target"].anyOf[0], data: data121 };
                if (vErrors === null) {
                  vErrors = [err219];
                } else {
                  vErrors.push(err219);
                }
                errors++;
              }
              var _valid16 = _errs306 === errors;
              valid79 = valid79 || _valid16;
              const _errs307 = errors;
              if (Array.isArray(data121)) {
                if (data121.length > 1) {
                  const err220 = { instancePath: instancePath + "/rules/link-target", schemaPath: "#/$defs/rules/properties/link-target/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["link-target"].anyOf[1], data: data121 };
                  if (vErrors === null) {
                    vErrors = [err220];
                  } else {
                    vErrors.push(err220);
                  }
                  errors++;
                }
                if (data121.length < 1) {
                  const err221 = { instancePath: instancePath + "/rules/link-target", schemaPath: "#/$defs/rules/properties/link-target/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["link-target"].anyOf[1], data: data121 };
                  if (vErrors === null) {
                    vErrors = [err221];
                  } else {
                    vErrors.push(err221);
                  }
                  errors++;
                }
                const len35 = data121.length;
                if (len35 > 0) {
                  let data122 = data121[0];
                  if (!(data122 === "off" || data122 === "warn" || data122 === "error" || data122 === 0 || data122 === 1 || data122 === 2)) {
                    const err222 = { instancePath: instancePath + "/rules/link-target/0", schemaPath: "#/$defs/rules/properties/link-target/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["link-target"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["link-target"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["link-target"].anyOf[1].prefixItems[0], data: data122 };
                    if (vErrors === null) {
                      vErrors = [err222];
                    } else {
                      vErrors.push(err222);
                    }
                    errors++;
                  }
                }
                const len36 = data121.length;
                if (!(len36 <= 1)) {
                  const err223 = { instancePath: instancePath + "/rules/link-target", schemaPath: "#/$defs/rules/properties/link-target/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["link-target"].anyOf[1], data: data121 };
                  if (vErrors === null) {
                    vErrors = [err223];
                  } else {
                    vErrors.push(err223);
                  }
                  errors++;
                }
              } else {
                const err224 = { instancePath: instancePath + "/rules/link-target", schemaPath: "#/$defs/rules/properties/link-target/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["link-target"].anyOf[1].type, parentSchema: schema67.properties["link-target"].anyOf[1], data: data121 };
                if (vErrors === null) {
                  vErrors = [err224];
                } else {
                  vErrors.push(err224);
                }
                errors++;
              }
              var _valid16 = _errs307 === errors;
              valid79 = valid79 || _valid16;
              if (!valid79) {
                const err225 = { instancePath: instancePath + "/rules/link-target", schemaPath: "#/$defs/rules/properties/link-target/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["link-target"].anyOf, parentSchema: schema67.properties["link-target"], data: data121 };
                if (vErrors === null) {
                  vErrors = [err225];
                } else {
                  vErrors.push(err225);
                }
                errors++;
              } else {
                errors = _errs305;
                if (vErrors !== null) {
                  if (_errs305) {
                    vErrors.length = _errs305;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data102["lint-directives"] !== void 0) {
              let data123 = data102["lint-directives"];
              const _errs311 = errors;
              let valid81 = false;
              const _errs312 = errors;
              if (!(data123 === "off" || data123 === "warn" || data123 === "error" || data123 === 0 || data123 === 1 || data123 === 2)) {
                const err226 = { instancePath: instancePath + "/rules/lint-directives", schemaPath: "#/$defs/rules/properties/lint-directives/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["lint-directives"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["lint-directives"].anyOf[0].enum, parentSchema: schema67.properties["lint-directives"].anyOf[0], data: data123 };
                if (vErrors === null) {
                  vErrors = [err226];
                } else {
                  vErrors.push(err226);
                }
                errors++;
              }
              var _valid17 = _errs312 === errors;
              valid81 = valid81 || _valid17;
              const _errs313 = errors;
              if (Array.isArray(data123)) {
                if (data123.length > 1) {
                  const err227 = { instancePath: instancePath + "/rules/lint-directives", schemaPath: "#/$defs/rules/properties/lint-directives/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["lint-directives"].anyOf[1], data: data123 };
                  if (vErrors === null) {
                    vErrors = [err227];
                  } else {
                    vErrors.push(err227);
                  }
                  errors++;
                }
                if (data123.length < 1) {
                  const err228 = { instancePath: instancePath + "/rules/lint-directives", schemaPath: "#/$defs/rules/properties/lint-directives/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["lint-directives"].anyOf[1], data: data123 };
                  if (vErrors === null) {
                    vErrors = [err228];
                  } else {
                    vErrors.push(err228);
                  }
                  errors++;
                }
                const len37 = data123.length;
                if (len37 > 0) {
                  let data124 = data123[0];
                  if (!(data124 === "off" || data124 === "warn" || data124 === "error" || data124 === 0 || data124 === 1 || data124 === 2)) {
                    const err229 = { instancePath: instancePath + "/rules/lint-directives/0", schemaPath: "#/$defs/rules/properties/lint-directives/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["lint-directives"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["lint-directives"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["lint-directives"].anyOf[1].prefixItems[0], data: data124 };
                    if (vErrors === null) {
                      vErrors = [err229];
                    } else {
                      vErrors.push(err229);
                    }
                    errors++;
                  }
                }
                const len38 = data123.length;
                if (!(len38 <= 1)) {
                  const err230 = { instancePath: instancePath + "/rules/lint-directives", schemaPath: "#/$defs/rules/properties/lint-directives/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["lint-directives"].anyOf[1], data: data123 };
                  if (vErrors === null) {
                    vErrors = [err230];
                  } else {
                    vErrors.push(err230);
                  }
                  errors++;
                }
              } else {
                const err231 = { instancePath: instancePath + "/rules/lint-directives", schemaPath: "#/$defs/rules/properties/lint-directives/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["lint-directives"].anyOf[1].type, parentSchema: schema67.properties["lint-directives"].anyOf[1], data: data123 };
                if (vErrors === null) {
                  vErrors = [err231];
                } else {
                  vErrors.push(err231);
                }
                errors++;
              }
              var _valid17 = _errs313 === errors;
              valid81 = valid81 || _valid17;
              if (!valid81) {
                const err232 = { instancePath: instancePath + "/rules/lint-directives", schemaPath: "#/$defs/rules/properties/lint-directives/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["lint-directives"].anyOf, parentSchema: schema67.properties["lint-directives"], data: data123 };
                if (vErrors === null) {
                  vErrors = [err232];
                } else {
                  vErrors.push(err232);
                }
                errors++;
              } else {
                errors = _errs311;
                if (vErrors !== null) {
                  if (_errs311) {
                    vErrors.length = _errs311;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data102["reference-duplicate"] !== void 0) {
              let data125 = data102["reference-duplicate"];
              const _errs317 = errors;
              let valid83 = false;
              const _errs318 = errors;
              if (!(data125 === "off" || data125 === "warn" || data125 === "error" || data125 === 0 || data125 === 1 || data125 === 2)) {
                const err233 = { instancePath: instancePath + "/rules/reference-duplicate", schemaPath: "#/$defs/rules/properties/reference-duplicate/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["reference-duplicate"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["reference-duplicate"].anyOf[0].enum, parentSchema: schema67.properties["reference-duplicate"].anyOf[0], data: data125 };
                if (vErrors === null) {
                  vErrors = [err233];
                } else {
                  vErrors.push(err233);
                }
                errors++;
              }
              var _valid18 = _errs318 === errors;
              valid83 = valid83 || _valid18;
              const _errs319 = errors;
              if (Array.isArray(data125)) {
                if (data125.length > 1) {
                  const err234 = { instancePath: instancePath + "/rules/reference-duplicate", schemaPath: "#/$defs/rules/properties/reference-duplicate/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["reference-duplicate"].anyOf[1], data: data125 };
                  if (vErrors === null) {
                    vErrors = [err234];
                  } else {
                    vErrors.push(err234);
                  }
                  errors++;
                }
                if (data125.length < 1) {
                  const err235 = { instancePath: instancePath + "/rules/reference-duplicate", schemaPath: "#/$defs/rules/properties/reference-duplicate/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["reference-duplicate"].anyOf[1], data: data125 };
                  if (vErrors === null) {
                    vErrors = [err235];
                  } else {
                    vErrors.push(err235);
                  }
                  errors++;
                }
                const len39 = data125.length;
                if (len39 > 0) {
                  let data126 = data125[0];
                  if (!(data126 === "off" || data126 === "warn" || data126 === "error" || data126 === 0 || data126 === 1 || data126 === 2)) {
                    const err236 = { instancePath: instancePath + "/rules/reference-duplicate/0", schemaPath: "#/$defs/rules/properties/reference-duplicate/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["reference-duplicate"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["reference-duplicate"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["reference-duplicate"].anyOf[1].prefixItems[0], data: data126 };
                    if (vErrors === null) {
                      vErrors = [err236];
                    } else {
                      vErrors.push(err236);
                    }
                    errors++;
                  }
                }
                const len40 = data125.length;
                if (!(len40 <= 1)) {
                  const err237 = { instancePath: instancePath + "/rules/reference-duplicate", schemaPath: "#/$defs/rules/properties/reference-duplicate/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["reference-duplicate"].anyOf[1], data: data125 };
                  if (vErrors === null) {
                    vErrors = [err237];
                  } else {
                    vErrors.push(err237);
                  }
                  errors++;
                }
              } else {
                const err238 = { instancePath: instancePath + "/rules/reference-duplicate", schemaPath: "#/$defs/rules/properties/reference-duplicate/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["reference-duplicate"].anyOf[1].type, parentSchema: schema67.properties["reference-duplicate"].anyOf[1], data: data125 };
                if (vErrors === null) {
                  vErrors = [err238];
                } else {
                  vErrors.push(err238);
                }
                errors++;
              }
              var _valid18 = _errs319 === errors;
              valid83 = valid83 || _valid18;
              if (!valid83) {
                const err239 = { instancePath: instancePath + "/rules/reference-duplicate", schemaPath: "#/$defs/rules/properties/reference-duplicate/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["reference-duplicate"].anyOf, parentSchema: schema67.properties["reference-duplicate"], data: data125 };
                if (vErrors === null) {
                  vErrors = [err239];
                } else {
                  vErrors.push(err239);
                }
                errors++;
              } else {
                errors = _errs317;
                if (vErrors !== null) {
                  if (_errs317) {
                    vErrors.length = _errs317;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data102["reference-exists"] !== void 0) {
              let data127 = data102["reference-exists"];
              const _errs323 = errors;
              let valid85 = false;
              const _errs324 = errors;
              if (!(data127 === "off" || data127 === "warn" || data127 === "error" || data127 === 0 || data127 === 1 || data127 === 2)) {
                const err240 = { instancePath: instancePath + "/rules/reference-exists", schemaPath: "#/$defs/rules/properties/reference-exists/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["reference-exists"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["reference-exists"].anyOf[0].enum, parentSchema: schema67.properties["reference-exists"].anyOf[0], data: data127 };
                if (vErrors === null) {
                  vErrors = [err240];
                } else {
                  vErrors.push(err240);
                }
                errors++;
              }
              var _valid19 = _errs324 === errors;
              valid85 = valid85 || _valid19;
              const _errs325 = errors;
              if (Array.isArray(data127)) {
                if (data127.length > 1) {
                  const err241 = { instancePath: instancePath + "/rules/reference-exists", schemaPath: "#/$defs/rules/properties/reference-exists/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["reference-exists"].anyOf[1], data: data127 };
                  if (vErrors === null) {
                    vErrors = [err241];
                  } else {
                    vErrors.push(err241);
                  }
                  errors++;
                }
                if (data127.length < 1) {
                  const err242 = { instancePath: instancePath + "/rules/reference-exists", schemaPath: "#/$defs/rules/properties/reference-exists/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["reference-exists"].anyOf[1], data: data127 };
                  if (vErrors === null) {
                    vErrors = [err242];
                  } else {
                    vErrors.push(err242);
                  }
                  errors++;
                }
                const len41 = data127.length;
                if (len41 > 0) {
                  let data128 = data127[0];
                  if (!(data128 === "off" || data128 === "warn" || data128 === "error" || data128 === 0 || data128 === 1 || data128 === 2)) {
                    const err243 = { instancePath: instancePath + "/rules/reference-exists/0", schemaPath: "#/$defs/rules/properties/reference-exists/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["reference-exists"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["reference-exists"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["reference-exists"].anyOf[1].prefixItems[0], data: data128 };
                    if (vErrors === null) {
                      vErrors = [err243];
                    } else {
                      vErrors.push(err243);
                    }
                    errors++;
                  }
                }
                const len42 = data127.length;
                if (!(len42 <= 1)) {
                  const err244 = { instancePath: instancePath + "/rules/reference-exists", schemaPath: "#/$defs/rules/properties/reference-exists/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["reference-exists"].anyOf[1], data: data127 };
                  if (vErrors === null) {
                    vErrors = [err244];
                  } else {
                    vErrors.push(err244);
                  }
                  errors++;
                }
              } else {
                const err245 = { instancePath: instancePath + "/rules/reference-exists", schemaPath: "#/$defs/rules/properties/reference-exists/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["reference-exists"].anyOf[1].type, parentSchema: schema67.properties["reference-exists"].anyOf[1], data: data127 };
                if (vErrors === null) {
                  vErrors = [err245];
                } else {
                  vErrors.push(err245);
                }
                errors++;
              }
              var _valid19 = _errs325 === errors;
              valid85 = valid85 || _valid19;
              if (!valid85) {
                const err246 = { instancePath: instancePath + "/rules/reference-exists", schemaPath: "#/$defs/rules/properties/reference-exists/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["reference-exists"].anyOf, parentSchema: schema67.properties["reference-exists"], data: data127 };
                if (vErrors === null) {
                  vErrors = [err246];
                } else {
                  vErrors.push(err246);
                }
                errors++;
              } else {
                errors = _errs323;
                if (vErrors !== null) {
                  if (_errs323) {
                    vErrors.length = _errs323;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data102["required-sections"] !== void 0) {
              let data129 = data102["required-sections"];
              const _errs329 = errors;
              let valid87 = false;
              const _errs330 = errors;
              if (!(data129 === "off" || data129 === "warn" || data129 === "error" || data129 === 0 || data129 === 1 || data129 === 2)) {
                const err247 = { instancePath: instancePath + "/rules/required-sections", schemaPath: "#/$defs/rules/properties/required-sections/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["required-sections"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["required-sections"].anyOf[0].enum, parentSchema: schema67.properties["required-sections"].anyOf[0], data: data129 };
                if (vErrors === null) {
                  vErrors = [err247];
                } else {
                  vErrors.push(err247);
                }
                errors++;
              }
              var _valid20 = _errs330 === errors;
              valid87 = valid87 || _valid20;
              const _errs331 = errors;
              if (Array.isArray(data129)) {
                if (data129.length > 1) {
                  const err248 = { instancePath: instancePath + "/rules/required-sections", schemaPath: "#/$defs/rules/properties/required-sections/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["required-sections"].anyOf[1], data: data129 };
                  if (vErrors === null) {
                    vErrors = [err248];
                  } else {
                    vErrors.push(err248);
                  }
                  errors++;
                }
                if (data129.length < 1) {
                  const err249 = { instancePath: instancePath + "/rules/required-sections", schemaPath: "#/$defs/rules/properties/required-sections/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["required-sections"].anyOf[1], data: data129 };
                  if (vErrors === null) {
                    vErrors = [err249];
                  } else {
                    vErrors.push(err249);
                  }
                  errors++;
                }
                const len43 = data129.length;
                if (len43 > 0) {
                  let data130 = data129[0];
                  if (!(data130 === "off" || data130 === "warn" || data130 === "error" || data130 === 0 || data130 === 1 || data130 === 2)) {
                    const err250 = { instancePath: instancePath + "/rules/required-sections/0", schemaPath: "#/$defs/rules/properties/required-sections/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["required-sections"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["required-sections"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["required-sections"].anyOf[1].prefixItems[0], data: data130 };
                    if (vErrors === null) {
                      vErrors = [err250];
                    } else {
                      vErrors.push(err250);
                    }
                    errors++;
                  }
                }
                const len44 = data129.length;
                if (!(len44 <= 1)) {
                  const err251 = { instancePath: instancePath + "/rules/required-sections", schemaPath: "#/$defs/rules/properties/required-sections/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["required-sections"].anyOf[1], data: data129 };
                  if (vErrors === null) {
                    vErrors = [err251];
                  } else {
                    vErrors.push(err251);
                  }
                  errors++;
                }
              } else {
                const err252 = { instancePath: instancePath + "/rules/required-sections", schemaPath: "#/$defs/rules/properties/required-sections/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["required-sections"].anyOf[1].type, parentSchema: schema67.properties["required-sections"].anyOf[1], data: data129 };
                if (vErrors === null) {
                  vErrors = [err252];
                } else {
                  vErrors.push(err252);
                }
                errors++;
              }
              var _valid20 = _errs331 === errors;
              valid87 = valid87 || _valid20;
              if (!valid87) {
                const err253 = { instancePath: instancePath + "/rules/required-sections", schemaPath: "#/$defs/rules/properties/required-sections/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["required-sections"].anyOf, parentSchema: schema67.properties["required-sections"], data: data129 };
                if (vErrors === null) {
                  vErrors = [err253];
                } else {
                  vErrors.push(err253);
                }
                errors++;
              } else {
                errors = _errs329;
                if (vErrors !== null) {
                  if (_errs329) {
                    vErrors.length = _errs329;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data102["section-empty"] !== void 0) {
              let data131 = data102["section-empty"];
              const _errs335 = errors;
              let valid89 = false;
              const _errs336 = errors;
              if (!(data131 === "off" || data131 === "warn" || data131 === "error" || data131 === 0 || data131 === 1 || data131 === 2)) {
                const err254 = { instancePath: instancePath + "/rules/section-empty", schemaPath: "#/$defs/rules/properties/section-empty/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["section-empty"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["section-empty"].anyOf[0].enum, parentSchema: schema67.properties["section-empty"].anyOf[0], data: data131 };
                if (vErrors === null) {
                  vErrors = [err254];
                } else {
                  vErrors.push(err254);
                }
                errors++;
              }
              var _valid21 = _errs336 === errors;
              valid89 = valid89 || _valid21;
              const _errs337 = errors;
              if (Array.isArray(data131)) {
                if (data131.length > 1) {
                  const err255 = { instancePath: instancePath + "/rules/section-empty", schemaPath: "#/$defs/rules/properties/section-empty/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["section-empty"].anyOf[1], data: data131 };
                  if (vErrors === null) {
                    vErrors = [err255];
                  } else {
                    vErrors.push(err255);
                  }
                  errors++;
                }
                if (data131.length < 1) {
                  const err256 = { instancePath: instancePath + "/rules/section-empty", schemaPath: "#/$defs/rules/properties/section-empty/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["section-empty"].anyOf[1], data: data131 };
                  if (vErrors === null) {
                    vErrors = [err256];
                  } else {
                    vErrors.push(err256);
                  }
                  errors++;
                }
                const len45 = data131.length;
                if (len45 > 0) {
                  let data132 = data131[0];
                  if (!(data132 === "off" || data132 === "warn" || data132 === "error" || data132 === 0 || data132 === 1 || data132 === 2)) {
                    const err257 = { instancePath: instancePath + "/rules/section-empty/0", schemaPath: "#/$defs/rules/properties/section-empty/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["section-empty"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["section-empty"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["section-empty"].anyOf[1].prefixItems[0], data: data132 };
                    if (vErrors === null) {
                      vErrors = [err257];
                    } else {
                      vErrors.push(err257);
                    }
                    errors++;
                  }
                }
                const len46 = data131.length;
                if (!(len46 <= 1)) {
                  const err258 = { instancePath: instancePath + "/rules/section-empty", schemaPath: "#/$defs/rules/properties/section-empty/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["section-empty"].anyOf[1], data: data131 };
                  if (vErrors === null) {
                    vErrors = [err258];
                  } else {
                    vErrors.push(err258);
                  }
                  errors++;
                }
              } else {
                const err259 = { instancePath: instancePath + "/rules/section-empty", schemaPath: "#/$defs/rules/properties/section-empty/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["section-empty"].anyOf[1].type, parentSchema: schema67.properties["section-empty"].anyOf[1], data: data131 };
                if (vErrors === null) {
                  vErrors = [err259];
                } else {
                  vErrors.push(err259);
                }
                errors++;
              }
              var _valid21 = _errs337 === errors;
              valid89 = valid89 || _valid21;
              if (!valid89) {
                const err260 = { instancePath: instancePath + "/rules/section-empty", schemaPath: "#/$defs/rules/properties/section-empty/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["section-empty"].anyOf, parentSchema: schema67.properties["section-empty"], data: data131 };
                if (vErrors === null) {
                  vErrors = [err260];
                } else {
                  vErrors.push(err260);
                }
                errors++;
              } else {
                errors = _errs335;
                if (vErrors !== null) {
                  if (_errs335) {
                    vErrors.length = _errs335;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data102["section-order"] !== void 0) {
              let data133 = data102["section-order"];
              const _errs341 = errors;
              let valid91 = false;
              const _errs342 = errors;
              if (!(data133 === "off" || data133 === "warn" || data133 === "error" || data133 === 0 || data133 === 1 || data133 === 2)) {
                const err261 = { instancePath: instancePath + "/rules/section-order", schemaPath: "#/$defs/rules/properties/section-order/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["section-order"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["section-order"].anyOf[0].enum, parentSchema: schema67.properties["section-order"].anyOf[0], data: data133 };
                if (vErrors === null) {
                  vErrors = [err261];
                } else {
                  vErrors.push(err261);
                }
                errors++;
              }
              var _valid22 = _errs342 === errors;
              valid91 = valid91 || _valid22;
              const _errs343 = errors;
              if (Array.isArray(data133)) {
                if (data133.length > 1) {
                  const err262 = { instancePath: instancePath + "/rules/section-order", schemaPath: "#/$defs/rules/properties/section-order/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["section-order"].anyOf[1], data: data133 };
                  if (vErrors === null) {
                    vErrors = [err262];
                  } else {
                    vErrors.push(err262);
                  }
                  errors++;
                }
                if (data133.length < 1) {
                  const err263 = { instancePath: instancePath + "/rules/section-order", schemaPath: "#/$defs/rules/properties/section-order/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["section-order"].anyOf[1], data: data133 };
                  if (vErrors === null) {
                    vErrors = [err263];
                  } else {
                    vErrors.push(err263);
                  }
                  errors++;
                }
                const len47 = data133.length;
                if (len47 > 0) {
                  let data134 = data133[0];
                  if (!(data134 === "off" || data134 === "warn" || data134 === "error" || data134 === 0 || data134 === 1 || data134 === 2)) {
                    const err264 = { instancePath: instancePath + "/rules/section-order/0", schemaPath: "#/$defs/rules/properties/section-order/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["section-order"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["section-order"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["section-order"].anyOf[1].prefixItems[0], data: data134 };
                    if (vErrors === null) {
                      vErrors = [err264];
                    } else {
                      vErrors.push(err264);
                    }
                    errors++;
                  }
                }
                const len48 = data133.length;
                if (!(len48 <= 1)) {
                  const err265 = { instancePath: instancePath + "/rules/section-order", schemaPath: "#/$defs/rules/properties/section-order/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["section-order"].anyOf[1], data: data133 };
                  if (vErrors === null) {
                    vErrors = [err265];
                  } else {
                    vErrors.push(err265);
                  }
                  errors++;
                }
              } else {
                const err266 = { instancePath: instancePath + "/rules/section-order", schemaPath: "#/$defs/rules/properties/section-order/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["section-order"].anyOf[1].type, parentSchema: schema67.properties["section-order"].anyOf[1], data: data133 };
                if (vErrors === null) {
                  vErrors = [err266];
                } else {
                  vErrors.push(err266);
                }
                errors++;
              }
              var _valid22 = _errs343 === errors;
              valid91 = valid91 || _valid22;
              if (!valid91) {
                const err267 = { instancePath: instancePath + "/rules/section-order", schemaPath: "#/$defs/rules/properties/section-order/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["section-order"].anyOf, parentSchema: schema67.properties["section-order"], data: data133 };
                if (vErrors === null) {
                  vErrors = [err267];
                } else {
                  vErrors.push(err267);
                }
                errors++;
              } else {
                errors = _errs341;
                if (vErrors !== null) {
                  if (_errs341) {
                    vErrors.length = _errs341;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data102["site-markers"] !== void 0) {
              let data135 = data102["site-markers"];
              const _errs347 = errors;
              let valid93 = false;
              const _errs348 = errors;
              if (!(data135 === "off" || data135 === "warn" || data135 === "error" || data135 === 0 || data135 === 1 || data135 === 2)) {
                const err268 = { instancePath: instancePath + "/rules/site-markers", schemaPath: "#/$defs/rules/properties/site-markers/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["site-markers"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["site-markers"].anyOf[0].enum, parentSchema: schema67.properties["site-markers"].anyOf[0], data: data135 };
                if (vErrors === null) {
                  vErrors = [err268];
                } else {
                  vErrors.push(err268);
                }
                errors++;
              }
              var _valid23 = _errs348 === errors;
              valid93 = valid93 || _valid23;
              const _errs349 = errors;
              if (Array.isArray(data135)) {
                if (data135.length > 1) {
                  const err269 = { instancePath: instancePath + "/rules/site-markers", schemaPath: "#/$defs/rules/properties/site-markers/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["site-markers"].anyOf[1], data: data135 };
                  if (vErrors === null) {
                    vErrors = [err269];
                  } else {
                    vErrors.push(err269);
                  }
                  errors++;
                }
                if (data135.length < 1) {
                  const err270 = { instancePath: instancePath + "/rules/site-markers", schemaPath: "#/$defs/rules/properties/site-markers/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["site-markers"].anyOf[1], data: data135 };
                  if (vErrors === null) {
                    vErrors = [err270];
                  } else {
                    vErrors.push(err270);
                  }
                  errors++;
                }
                const len49 = data135.length;
                if (len49 > 0) {
                  let data136 = data135[0];
                  if (!(data136 === "off" || data136 === "warn" || data136 === "error" || data136 === 0 || data136 === 1 || data136 === 2)) {
                    const err271 = { instancePath: instancePath + "/rules/site-markers/0", schemaPath: "#/$defs/rules/properties/site-markers/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["site-markers"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["site-markers"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["site-markers"].anyOf[1].prefixItems[0], data: data136 };
                    if (vErrors === null) {
                      vErrors = [err271];
                    } else {
                      vErrors.push(err271);
                    }
                    errors++;
                  }
                }
                const len50 = data135.length;
                if (!(len50 <= 1)) {
                  const err272 = { instancePath: instancePath + "/rules/site-markers", schemaPath: "#/$defs/rules/properties/site-markers/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["site-markers"].anyOf[1], data: data135 };
                  if (vErrors === null) {
                    vErrors = [err272];
                  } else {
                    vErrors.push(err272);
                  }
                  errors++;
                }
              } else {
                const err273 = { instancePath: instancePath + "/rules/site-markers", schemaPath: "#/$defs/rules/properties/site-markers/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["site-markers"].anyOf[1].type, parentSchema: schema67.properties["site-markers"].anyOf[1], data: data135 };
                if (vErrors === null) {
                  vErrors = [err273];
                } else {
                  vErrors.push(err273);
                }
                errors++;
              }
              var _valid23 = _errs349 === errors;
              valid93 = valid93 || _valid23;
              if (!valid93) {
                const err274 = { instancePath: instancePath + "/rules/site-markers", schemaPath: "#/$defs/rules/properties/site-markers/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["site-markers"].anyOf, parentSchema: schema67.properties["site-markers"], data: data135 };
                if (vErrors === null) {
                  vErrors = [err274];
                } else {
                  vErrors.push(err274);
                }
                errors++;
              } else {
                errors = _errs347;
                if (vErrors !== null) {
                  if (_errs347) {
                    vErrors.length = _errs347;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data102["sources-code-exists"] !== void 0) {
              let data137 = data102["sources-code-exists"];
              const _errs353 = errors;
              let valid95 = false;
              const _errs354 = errors;
              if (!(data137 === "off" || data137 === "warn" || data137 === "error" || data137 === 0 || data137 === 1 || data137 === 2)) {
                const err275 = { instancePath: instancePath + "/rules/sources-code-exists", schemaPath: "#/$defs/rules/properties/sources-code-exists/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["sources-code-exists"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["sources-code-exists"].anyOf[0].enum, parentSchema: schema67.properties["sources-code-exists"].anyOf[0], data: data137 };
                if (vErrors === null) {
                  vErrors = [err275];
                } else {
                  vErrors.push(err275);
                }
                errors++;
              }
              var _valid24 = _errs354 === errors;
              valid95 = valid95 || _valid24;
              const _errs355 = errors;
              if (Array.isArray(data137)) {
                if (data137.length > 1) {
                  const err276 = { instancePath: instancePath + "/rules/sources-code-exists", schemaPath: "#/$defs/rules/properties/sources-code-exists/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["sources-code-exists"].anyOf[1], data: data137 };
                  if (vErrors === null) {
                    vErrors = [err276];
                  } else {
                    vErrors.push(err276);
                  }
                  errors++;
                }
                if (data137.length < 1) {
                  const err277 = { instancePath: instancePath + "/rules/sources-code-exists", schemaPath: "#/$defs/rules/properties/sources-code-exists/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["sources-code-exists"].anyOf[1], data: data137 };
                  if (vErrors === null) {
                    vErrors = [err277];
                  } else {
                    vErrors.push(err277);
                  }
                  errors++;
                }
                const len51 = data137.length;
                if (len51 > 0) {
                  let data138 = data137[0];
                  if (!(data138 === "off" || data138 === "warn" || data138 === "error" || data138 === 0 || data138 === 1 || data138 === 2)) {
                    const err278 = { instancePath: instancePath + "/rules/sources-code-exists/0", schemaPath: "#/$defs/rules/properties/sources-code-exists/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["sources-code-exists"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["sources-code-exists"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["sources-code-exists"].anyOf[1].prefixItems[0], data: data138 };
                    if (vErrors === null) {
                      vErrors = [err278];
                    } else {
                      vErrors.push(err278);
                    }
                    errors++;
                  }
                }
                const len52 = data137.length;
                if (!(len52 <= 1)) {
                  const err279 = { instancePath: instancePath + "/rules/sources-code-exists", schemaPath: "#/$defs/rules/properties/sources-code-exists/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["sources-code-exists"].anyOf[1], data: data137 };
                  if (vErrors === null) {
                    vErrors = [err279];
                  } else {
                    vErrors.push(err279);
                  }
                  errors++;
                }
              } else {
                const err280 = { instancePath: instancePath + "/rules/sources-code-exists", schemaPath: "#/$defs/rules/properties/sources-code-exists/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["sources-code-exists"].anyOf[1].type, parentSchema: schema67.properties["sources-code-exists"].anyOf[1], data: data137 };
                if (vErrors === null) {
                  vErrors = [err280];
                } else {
                  vErrors.push(err280);
                }
                errors++;
              }
              var _valid24 = _errs355 === errors;
              valid95 = valid95 || _valid24;
              if (!valid95) {
                const err281 = { instancePath: instancePath + "/rules/sources-code-exists", schemaPath: "#/$defs/rules/properties/sources-code-exists/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["sources-code-exists"].anyOf, parentSchema: schema67.properties["sources-code-exists"], data: data137 };
                if (vErrors === null) {
                  vErrors = [err281];
                } else {
                  vErrors.push(err281);
                }
                errors++;
              } else {
                errors = _errs353;
                if (vErrors !== null) {
                  if (_errs353) {
                    vErrors.length = _errs353;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data102["sources-code-quoted"] !== void 0) {
              let data139 = data102["sources-code-quoted"];
              const _errs359 = errors;
              let valid97 = false;
              const _errs360 = errors;
              if (!(data139 === "off" || data139 === "warn" || data139 === "error" || data139 === 0 || data139 === 1 || data139 === 2)) {
                const err282 = { instancePath: instancePath + "/rules/sources-code-quoted", schemaPath: "#/$defs/rules/properties/sources-code-quoted/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["sources-code-quoted"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["sources-code-quoted"].anyOf[0].enum, parentSchema: schema67.properties["sources-code-quoted"].anyOf[0], data: data139 };
                if (vErrors === null) {
                  vErrors = [err282];
                } else {
                  vErrors.push(err282);
                }
                errors++;
              }
              var _valid25 = _errs360 === errors;
              valid97 = valid97 || _valid25;
              const _errs361 = errors;
              if (Array.isArray(data139)) {
                if (data139.length > 1) {
                  const err283 = { instancePath: instancePath + "/rules/sources-code-quoted", schemaPath: "#/$defs/rules/properties/sources-code-quoted/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["sources-code-quoted"].anyOf[1], data: data139 };
                  if (vErrors === null) {
                    vErrors = [err283];
                  } else {
                    vErrors.push(err283);
                  }
                  errors++;
                }
                if (data139.length < 1) {
                  const err284 = { instancePath: instancePath + "/rules/sources-code-quoted", schemaPath: "#/$defs/rules/properties/sources-code-quoted/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["sources-code-quoted"].anyOf[1], data: data139 };
                  if (vErrors === null) {
                    vErrors = [err284];
                  } else {
                    vErrors.push(err284);
                  }
                  errors++;
                }
                const len53 = data139.length;
                if (len53 > 0) {
                  let data140 = data139[0];
                  if (!(data140 === "off" || data140 === "warn" || data140 === "error" || data140 === 0 || data140 === 1 || data140 === 2)) {
                    const err285 = { instancePath: instancePath + "/rules/sources-code-quoted/0", schemaPath: "#/$defs/rules/properties/sources-code-quoted/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["sources-code-quoted"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["sources-code-quoted"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["sources-code-quoted"].anyOf[1].prefixItems[0], data: data140 };
                    if (vErrors === null) {
                      vErrors = [err285];
                    } else {
                      vErrors.push(err285);
                    }
                    errors++;
                  }
                }
                const len54 = data139.length;
                if (!(len54 <= 1)) {
                  const err286 = { instancePath: instancePath + "/rules/sources-code-quoted", schemaPath: "#/$defs/rules/properties/sources-code-quoted/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["sources-code-quoted"].anyOf[1], data: data139 };
                  if (vErrors === null) {
                    vErrors = [err286];
                  } else {
                    vErrors.push(err286);
                  }
                  errors++;
                }
              } else {
                const err287 = { instancePath: instancePath + "/rules/sources-code-quoted", schemaPath: "#/$defs/rules/properties/sources-code-quoted/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["sources-code-quoted"].anyOf[1].type, parentSchema: schema67.properties["sources-code-quoted"].anyOf[1], data: data139 };
                if (vErrors === null) {
                  vErrors = [err287];
                } else {
                  vErrors.push(err287);
                }
                errors++;
              }
              var _valid25 = _errs361 === errors;
              valid97 = valid97 || _valid25;
              if (!valid97) {
                const err288 = { instancePath: instancePath + "/rules/sources-code-quoted", schemaPath: "#/$defs/rules/properties/sources-code-quoted/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["sources-code-quoted"].anyOf, parentSchema: schema67.properties["sources-code-quoted"], data: data139 };
                if (vErrors === null) {
                  vErrors = [err288];
                } else {
                  vErrors.push(err288);
                }
                errors++;
              } else {
                errors = _errs359;
                if (vErrors !== null) {
                  if (_errs359) {
                    vErrors.length = _errs359;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data102.spelling !== void 0) {
              let data141 = data102.spelling;
              const _errs365 = errors;
              let valid99 = false;
              const _errs366 = errors;
              if (!(data141 === "off" || data141 === "warn" || data141 === "error" || data141 === 0 || data141 === 1 || data141 === 2)) {
                const err289 = { instancePath: instancePath + "/rules/spelling", schemaPath: "#/$defs/rules/properties/spelling/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties.spelling.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties.spelling.anyOf[0].enum, parentSchema: schema67.properties.spelling.anyOf[0], data: data141 };
                if (vErrors === null) {
                  vErrors = [err289];
                } else {
                  vErrors.push(err289);
                }
                errors++;
              }
              var _valid26 = _errs366 === errors;
              valid99 = valid99 || _valid26;
              const _errs367 = errors;
              if (Array.isArray(data141)) {
                if (data141.length > 1) {
                  const err290 = { instancePath: instancePath + "/rules/spelling", schemaPath: "#/$defs/rules/properties/spelling/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties.spelling.anyOf[1], data: data141 };
                  if (vErrors === null) {
                    vErrors = [err290];
                  } else {
                    vErrors.push(err290);
                  }
                  errors++;
                }
                if (data141.length < 1) {
                  const err291 = { instancePath: instancePath + "/rules/spelling", schemaPath: "#/$defs/rules/properties/spelling/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties.spelling.anyOf[1], data: data141 };
                  if (vErrors === null) {
                    vErrors = [err291];
                  } else {
                    vErrors.push(err291);
                  }
                  errors++;
                }
                const len55 = data141.length;
                if (len55 > 0) {
                  let data142 = data141[0];
                  if (!(data142 === "off" || data142 === "warn" || data142 === "error" || data142 === 0 || data142 === 1 || data142 === 2)) {
                    const err292 = { instancePath: instancePath + "/rules/spelling/0", schemaPath: "#/$defs/rules/properties/spelling/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties.spelling.anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties.spelling.anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties.spelling.anyOf[1].prefixItems[0], data: data142 };
                    if (vErrors === null) {
                      vErrors = [err292];
                    } else {
                      vErrors.push(err292);
                    }
                    errors++;
                  }
                }
                const len56 = data141.length;
                if (!(len56 <= 1)) {
                  const err293 = { instancePath: instancePath + "/rules/spelling", schemaPath: "#/$defs/rules/properties/spelling/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties.spelling.anyOf[1], data: data141 };
                  if (vErrors === null) {
                    vErrors = [err293];
                  } else {
                    vErrors.push(err293);
                  }
                  errors++;
                }
              } else {
                const err294 = { instancePath: instancePath + "/rules/spelling", schemaPath: "#/$defs/rules/properties/spelling/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties.spelling.anyOf[1].type, parentSchema: schema67.properties.spelling.anyOf[1], data: data141 };
                if (vErrors === null) {
                  vErrors = [err294];
                } else {
                  vErrors.push(err294);
                }
                errors++;
              }
              var _valid26 = _errs367 === errors;
              valid99 = valid99 || _valid26;
              if (_valid26) {
                var items20 = true;
              }
              const _errs370 = errors;
              if (Array.isArray(data141)) {
                if (data141.length > 2) {
                  const err295 = { instancePath: instancePath + "/rules/spelling", schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema67.properties.spelling.anyOf[2], data: data141 };
                  if (vErrors === null) {
                    vErrors = [err295];
                  } else {
                    vErrors.push(err295);
                  }
                  errors++;
                }
                if (data141.length < 2) {
                  const err296 = { instancePath: instancePath + "/rules/spelling", schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema67.properties.spelling.anyOf[2], data: data141 };
                  if (vErrors === null) {
                    vErrors = [err296];
                  } else {
                    vErrors.push(err296);
                  }
                  errors++;
                }
                const len57 = data141.length;
                if (len57 > 0) {
                  let data143 = data141[0];
                  if (!(data143 === "off" || data143 === "warn" || data143 === "error" || data143 === 0 || data143 === 1 || data143 === 2)) {
                    const err297 = { instancePath: instancePath + "/rules/spelling/0", schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties.spelling.anyOf[2].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties.spelling.anyOf[2].prefixItems[0].enum, parentSchema: schema67.properties.spelling.anyOf[2].prefixItems[0], data: data143 };
                    if (vErrors === null) {
                      vErrors = [err297];
                    } else {
                      vErrors.push(err297);
                    }
                    errors++;
                  }
                }
                if (len57 > 1) {
                  let data144 = data141[1];
                  if (data144 && typeof data144 == "object" && !Array.isArray(data144)) {
                    for (const key16 in data144) {
                      if (!(key16 === "words" || key16 === "glossaries" || key16 === "suggestions")) {
                        const err298 = { instancePath: instancePath + "/rules/spelling/1", schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/prefixItems/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema67.properties.spelling.anyOf[2].prefixItems[1], data: data144 };
                        if (vErrors === null) {
                          vErrors = [err298];
                        } else {
                          vErrors.push(err298);
                        }
                        errors++;
                      }
                    }
                    if (data144.words !== void 0) {
                      let data145 = data144.words;
                      if (Array.isArray(data145)) {
                        const len58 = data145.length;
                        for (let i17 = 0; i17 < len58; i17++) {
                          let data146 = data145[i17];
                          const _errs380 = errors;
                          const _errs381 = errors;
                          if (typeof data146 === "string") {
                            if (!pattern16.test(data146)) {
                              const err299 = {};
                              if (vErrors === null) {
                                vErrors = [err299];
                              } else {
                                vErrors.push(err299);
                              }
                              errors++;
                            }
                          }
                          var valid105 = _errs381 === errors;
                          if (valid105) {
                            const err300 = { instancePath: instancePath + "/rules/spelling/1/words/" + i17, schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/prefixItems/1/properties/words/items/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.words.items.not, parentSchema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.words.items, data: data146 };
                            if (vErrors === null) {
                              vErrors = [err300];
                            } else {
                              vErrors.push(err300);
                            }
                            errors++;
                          } else {
                            errors = _errs380;
                            if (vErrors !== null) {
                              if (_errs380) {
                                vErrors.length = _errs380;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          if (typeof data146 === "string") {
                            if (func2(data146) < 1) {
                              const err301 = { instancePath: instancePath + "/rules/spelling/1/words/" + i17, schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/prefixItems/1/properties/words/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.words.items, data: data146 };
                              if (vErrors === null) {
                                vErrors = [err301];
                              } else {
                                vErrors.push(err301);
                              }
                              errors++;
                            }
                          } else {
                            const err302 = { instancePath: instancePath + "/rules/spelling/1/words/" + i17, schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/prefixItems/1/properties/words/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.words.items.type, parentSchema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.words.items, data: data146 };
                            if (vErrors === null) {
                              vErrors = [err302];
                            } else {
                              vErrors.push(err302);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err303 = { instancePath: instancePath + "/rules/spelling/1/words", schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/prefixItems/1/properties/words/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.words.type, parentSchema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.words, data: data145 };
                        if (vErrors === null) {
                          vErrors = [err303];
                        } else {
                          vErrors.push(err303);
                        }
                        errors++;
                      }
                    }
                    if (data144.glossaries !== void 0) {
                      let data147 = data144.glossaries;
                      if (Array.isArray(data147)) {
                        const len59 = data147.length;
                        for (let i18 = 0; i18 < len59; i18++) {
                          let data148 = data147[i18];
                          const _errs386 = errors;
                          const _errs387 = errors;
                          if (typeof data148 === "string") {
                            if (!pattern16.test(data148)) {
                              const err304 = {};
                              if (vErrors === null) {
                                vErrors = [err304];
                              } else {
                                vErrors.push(err304);
                              }
                              errors++;
                            }
                          }
                          var valid108 = _errs387 === errors;
                          if (valid108) {
                            const err305 = { instancePath: instancePath + "/rules/spelling/1/glossaries/" + i18, schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/prefixItems/1/properties/glossaries/items/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.glossaries.items.not, parentSchema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.glossaries.items, data: data148 };
                            if (vErrors === null) {
                              vErrors = [err305];
                            } else {
                              vErrors.push(err305);
                            }
                            errors++;
                          } else {
                            errors = _errs386;
                            if (vErrors !== null) {
                              if (_errs386) {
                                vErrors.length = _errs386;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          if (typeof data148 === "string") {
                            if (func2(data148) < 1) {
                              const err306 = { instancePath: instancePath + "/rules/spelling/1/glossaries/" + i18, schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/prefixItems/1/properties/glossaries/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.glossaries.items, data: data148 };
                              if (vErrors === null) {
                                vErrors = [err306];
                              } else {
                                vErrors.push(err306);
                              }
                              errors++;
                            }
                          } else {
                            const err307 = { instancePath: instancePath + "/rules/spelling/1/glossaries/" + i18, schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/prefixItems/1/properties/glossaries/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.glossaries.items.type, parentSchema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.glossaries.items, data: data148 };
                            if (vErrors === null) {
                              vErrors = [err307];
                            } else {
                              vErrors.push(err307);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err308 = { instancePath: instancePath + "/rules/spelling/1/glossaries", schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/prefixItems/1/properties/glossaries/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.glossaries.type, parentSchema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.glossaries, data: data147 };
                        if (vErrors === null) {
                          vErrors = [err308];
                        } else {
                          vErrors.push(err308);
                        }
                        errors++;
                      }
                    }
                    if (data144.suggestions !== void 0) {
                      let data149 = data144.suggestions;
                      if (!(typeof data149 == "number" && (!(data149 % 1) && !isNaN(data149)) && isFinite(data149))) {
                        const err309 = { instancePath: instancePath + "/rules/spelling/1/suggestions", schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/prefixItems/1/properties/suggestions/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.suggestions.type, parentSchema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.suggestions, data: data149 };
                        if (vErrors === null) {
                          vErrors = [err309];
                        } else {
                          vErrors.push(err309);
                        }
                        errors++;
                      }
                      if (typeof data149 == "number" && isFinite(data149)) {
                        if (data149 > 10 || isNaN(data149)) {
                          const err310 = { instancePath: instancePath + "/rules/spelling/1/suggestions", schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/prefixItems/1/properties/suggestions/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.suggestions, data: data149 };
                          if (vErrors === null) {
                            vErrors = [err310];
                          } else {
                            vErrors.push(err310);
                          }
                          errors++;
                        }
                        if (data149 < 0 || isNaN(data149)) {
                          const err311 = { instancePath: instancePath + "/rules/spelling/1/suggestions", schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/prefixItems/1/properties/suggestions/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.suggestions, data: data149 };
                          if (vErrors === null) {
                            vErrors = [err311];
                          } else {
                            vErrors.push(err311);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err312 = { instancePath: instancePath + "/rules/spelling/1", schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/prefixItems/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.properties.spelling.anyOf[2].prefixItems[1].type, parentSchema: schema67.properties.spelling.anyOf[2].prefixItems[1], data: data144 };
                    if (vErrors === null) {
                      vErrors = [err312];
                    } else {
                      vErrors.push(err312);
                    }
                    errors++;
                  }
                }
                const len60 = data141.length;
                if (!(len60 <= 2)) {
                  const err313 = { instancePath: instancePath + "/rules/spelling", schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/items", keyword: "items", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema67.properties.spelling.anyOf[2], data: data141 };
                  if (vErrors === null) {
                    vErrors = [err313];
                  } else {
                    vErrors.push(err313);
                  }
                  errors++;
                }
              } else {
                const err314 = { instancePath: instancePath + "/rules/spelling", schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties.spelling.anyOf[2].type, parentSchema: schema67.properties.spelling.anyOf[2], data: data141 };
                if (vErrors === null) {
                  vErrors = [err314];
                } else {
                  vErrors.push(err314);
                }
                errors++;
              }
              var _valid26 = _errs370 === errors;
              valid99 = valid99 || _valid26;
              if (_valid26) {
                if (items20 !== true) {
                  items20 = true;
                }
              }
              if (!valid99) {
                const err315 = { instancePath: instancePath + "/rules/spelling", schemaPath: "#/$defs/rules/properties/spelling/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties.spelling.anyOf, parentSchema: schema67.properties.spelling, data: data141 };
                if (vErrors === null) {
                  vErrors = [err315];
                } else {
                  vErrors.push(err315);
                }
                errors++;
              } else {
                errors = _errs365;
                if (vErrors !== null) {
                  if (_errs365) {
                    vErrors.length = _errs365;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data102["title-trailing-period"] !== void 0) {
              let data150 = data102["title-trailing-period"];
              const _errs391 = errors;
              let valid109 = false;
              const _errs392 = errors;
              if (!(data150 === "off" || data150 === "warn" || data150 === "error" || data150 === 0 || data150 === 1 || data150 === 2)) {
                const err316 = { instancePath: instancePath + "/rules/title-trailing-period", schemaPath: "#/$defs/rules/properties/title-trailing-period/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["title-trailing-period"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["title-trailing-period"].anyOf[0].enum, parentSchema: schema67.properties["title-trailing-period"].anyOf[0], data: data150 };
                if (vErrors === null) {
                  vErrors = [err316];
                } else {
                  vErrors.push(err316);
                }
                errors++;
              }
              var _valid27 = _errs392 === errors;
              valid109 = valid109 || _valid27;
              const _errs393 = errors;
              if (Array.isArray(data150)) {
                if (data150.length > 1) {
                  const err317 = { instancePath: instancePath + "/rules/title-trailing-period", schemaPath: "#/$defs/rules/properties/title-trailing-period/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["title-trailing-period"].anyOf[1], data: data150 };
                  if (vErrors === null) {
                    vErrors = [err317];
                  } else {
                    vErrors.push(err317);
                  }
                  errors++;
                }
                if (data150.length < 1) {
                  const err318 = { instancePath: instancePath + "/rules/title-trailing-period", schemaPath: "#/$defs/rules/properties/title-trailing-period/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["title-trailing-period"].anyOf[1], data: data150 };
                  if (vErrors === null) {
                    vErrors = [err318];
                  } else {
                    vErrors.push(err318);
                  }
                  errors++;
                }
                const len61 = data150.length;
                if (len61 > 0) {
                  let data151 = data150[0];
                  if (!(data151 === "off" || data151 === "warn" || data151 === "error" || data151 === 0 || data151 === 1 || data151 === 2)) {
                    const err319 = { instancePath: instancePath + "/rules/title-trailing-period/0", schemaPath: "#/$defs/rules/properties/title-trailing-period/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["title-trailing-period"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["title-trailing-period"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["title-trailing-period"].anyOf[1].prefixItems[0], data: data151 };
                    if (vErrors === null) {
                      vErrors = [err319];
                    } else {
                      vErrors.push(err319);
                    }
                    errors++;
                  }
                }
                const len62 = data150.length;
                if (!(len62 <= 1)) {
                  const err320 = { instancePath: instancePath + "/rules/title-trailing-period", schemaPath: "#/$defs/rules/properties/title-trailing-period/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["title-trailing-period"].anyOf[1], data: data150 };
                  if (vErrors === null) {
                    vErrors = [err320];
                  } else {
                    vErrors.push(err320);
                  }
                  errors++;
                }
              } else {
                const err321 = { instancePath: instancePath + "/rules/title-trailing-period", schemaPath: "#/$defs/rules/properties/title-trailing-period/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["title-trailing-period"].anyOf[1].type, parentSchema: schema67.properties["title-trailing-period"].anyOf[1], data: data150 };
                if (vErrors === null) {
                  vErrors = [err321];
                } else {
                  vErrors.push(err321);
                }
                errors++;
              }
              var _valid27 = _errs393 === errors;
              valid109 = valid109 || _valid27;
              if (!valid109) {
                const err322 = { instancePath: instancePath + "/rules/title-trailing-period", schemaPath: "#/$defs/rules/properties/title-trailing-period/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["title-trailing-period"].anyOf, parentSchema: schema67.properties["title-trailing-period"], data: data150 };
                if (vErrors === null) {
                  vErrors = [err322];
                } else {
                  vErrors.push(err322);
                }
                errors++;
              } else {
                errors = _errs391;
                if (vErrors !== null) {
                  if (_errs391) {
                    vErrors.length = _errs391;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data102["toelichting-max-words"] !== void 0) {
              let data152 = data102["toelichting-max-words"];
              const _errs397 = errors;
              let valid111 = false;
              const _errs398 = errors;
              if (!(data152 === "off" || data152 === "warn" || data152 === "error" || data152 === 0 || data152 === 1 || data152 === 2)) {
                const err323 = { instancePath: instancePath + "/rules/toelichting-max-words", schemaPath: "#/$defs/rules/properties/toelichting-max-words/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["toelichting-max-words"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["toelichting-max-words"].anyOf[0].enum, parentSchema: schema67.properties["toelichting-max-words"].anyOf[0], data: data152 };
                if (vErrors === null) {
                  vErrors = [err323];
                } else {
                  vErrors.push(err323);
                }
                errors++;
              }
              var _valid28 = _errs398 === errors;
              valid111 = valid111 || _valid28;
              const _errs399 = errors;
              if (Array.isArray(data152)) {
                if (data152.length > 1) {
                  const err324 = { instancePath: instancePath + "/rules/toelichting-max-words", schemaPath: "#/$defs/rules/properties/toelichting-max-words/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["toelichting-max-words"].anyOf[1], data: data152 };
                  if (vErrors === null) {
                    vErrors = [err324];
                  } else {
                    vErrors.push(err324);
                  }
                  errors++;
                }
                if (data152.length < 1) {
                  const err325 = { instancePath: instancePath + "/rules/toelichting-max-words", schemaPath: "#/$defs/rules/properties/toelichting-max-words/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["toelichting-max-words"].anyOf[1], data: data152 };
                  if (vErrors === null) {
                    vErrors = [err325];
                  } else {
                    vErrors.push(err325);
                  }
                  errors++;
                }
                const len63 = data152.length;
                if (len63 > 0) {
                  let data153 = data152[0];
                  if (!(data153 === "off" || data153 === "warn" || data153 === "error" || data153 === 0 || data153 === 1 || data153 === 2)) {
                    const err326 = { instancePath: instancePath + "/rules/toelichting-max-words/0", schemaPath: "#/$defs/rules/properties/toelichting-max-words/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["toelichting-max-words"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["toelichting-max-words"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["toelichting-max-words"].anyOf[1].prefixItems[0], data: data153 };
                    if (vErrors === null) {
                      vErrors = [err326];
                    } else {
                      vErrors.push(err326);
                    }
                    errors++;
                  }
                }
                const len64 = data152.length;
                if (!(len64 <= 1)) {
                  const err327 = { instancePath: instancePath + "/rules/toelichting-max-words", schemaPath: "#/$defs/rules/properties/toelichting-max-words/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["toelichting-max-words"].anyOf[1], data: data152 };
                  if (vErrors === null) {
                    vErrors = [err327];
                  } else {
                    vErrors.push(err327);
                  }
                  errors++;
                }
              } else {
                const err328 = { instancePath: instancePath + "/rules/toelichting-max-words", schemaPath: "#/$defs/rules/properties/toelichting-max-words/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["toelichting-max-words"].anyOf[1].type, parentSchema: schema67.properties["toelichting-max-words"].anyOf[1], data: data152 };
                if (vErrors === null) {
                  vErrors = [err328];
                } else {
                  vErrors.push(err328);
                }
                errors++;
              }
              var _valid28 = _errs399 === errors;
              valid111 = valid111 || _valid28;
              if (_valid28) {
                var items22 = true;
              }
              const _errs402 = errors;
              if (Array.isArray(data152)) {
                if (data152.length > 2) {
                  const err329 = { instancePath: instancePath + "/rules/toelichting-max-words", schemaPath: "#/$defs/rules/properties/toelichting-max-words/anyOf/2/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema67.properties["toelichting-max-words"].anyOf[2], data: data152 };
                  if (vErrors === null) {
                    vErrors = [err329];
                  } else {
                    vErrors.push(err329);
                  }
                  errors++;
                }
                if (data152.length < 2) {
                  const err330 = { instancePath: instancePath + "/rules/toelichting-max-words", schemaPath: "#/$defs/rules/properties/toelichting-max-words/anyOf/2/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema67.properties["toelichting-max-words"].anyOf[2], data: data152 };
                  if (vErrors === null) {
                    vErrors = [err330];
                  } else {
                    vErrors.push(err330);
                  }
                  errors++;
                }
                const len65 = data152.length;
                if (len65 > 0) {
                  let data154 = data152[0];
                  if (!(data154 === "off" || data154 === "warn" || data154 === "error" || data154 === 0 || data154 === 1 || data154 === 2)) {
                    const err331 = { instancePath: instancePath + "/rules/toelichting-max-words/0", schemaPath: "#/$defs/rules/properties/toelichting-max-words/anyOf/2/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["toelichting-max-words"].anyOf[2].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["toelichting-max-words"].anyOf[2].prefixItems[0].enum, parentSchema: schema67.properties["toelichting-max-words"].anyOf[2].prefixItems[0], data: data154 };
                    if (vErrors === null) {
                      vErrors = [err331];
                    } else {
                      vErrors.push(err331);
                    }
                    errors++;
                  }
                }
                if (len65 > 1) {
                  let data155 = data152[1];
                  if (data155 && typeof data155 == "object" && !Array.isArray(data155)) {
                    for (const key17 in data155) {
                      if (!(key17 === "max")) {
                        const err332 = { instancePath: instancePath + "/rules/toelichting-max-words/1", schemaPath: "#/$defs/rules/properties/toelichting-max-words/anyOf/2/prefixItems/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema67.properties["toelichting-max-words"].anyOf[2].prefixItems[1], data: data155 };
                        if (vErrors === null) {
                          vErrors = [err332];
                        } else {
                          vErrors.push(err332);
                        }
                        errors++;
                      }
                    }
                    if (data155.max !== void 0) {
                      let data156 = data155.max;
                      if (!(typeof data156 == "number" && (!(data156 % 1) && !isNaN(data156)) && isFinite(data156))) {
                        const err333 = { instancePath: instancePath + "/rules/toelichting-max-words/1/max", schemaPath: "#/$defs/rules/properties/toelichting-max-words/anyOf/2/prefixItems/1/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema67.properties["toelichting-max-words"].anyOf[2].prefixItems[1].properties.max.type, parentSchema: schema67.properties["toelichting-max-words"].anyOf[2].prefixItems[1].properties.max, data: data156 };
                        if (vErrors === null) {
                          vErrors = [err333];
                        } else {
                          vErrors.push(err333);
                        }
                        errors++;
                      }
                      if (typeof data156 == "number" && isFinite(data156)) {
                        if (data156 < 1 || isNaN(data156)) {
                          const err334 = { instancePath: instancePath + "/rules/toelichting-max-words/1/max", schemaPath: "#/$defs/rules/properties/toelichting-max-words/anyOf/2/prefixItems/1/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema67.properties["toelichting-max-words"].anyOf[2].prefixItems[1].properties.max, data: data156 };
                          if (vErrors === null) {
                            vErrors = [err334];
                          } else {
                            vErrors.push(err334);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err335 = { instancePath: instancePath + "/rules/toelichting-max-words/1", schemaPath: "#/$defs/rules/properties/toelichting-max-words/anyOf/2/prefixItems/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.properties["toelichting-max-words"].anyOf[2].prefixItems[1].type, parentSchema: schema67.properties["toelichting-max-words"].anyOf[2].prefixItems[1], data: data155 };
                    if (vErrors === null) {
                      vErrors = [err335];
                    } else {
                      vErrors.push(err335);
                    }
                    errors++;
                  }
                }
                const len66 = data152.length;
                if (!(len66 <= 2)) {
                  const err336 = { instancePath: instancePath + "/rules/toelichting-max-words", schemaPath: "#/$defs/rules/properties/toelichting-max-words/anyOf/2/items", keyword: "items", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema67.properties["toelichting-max-words"].anyOf[2], data: data152 };
                  if (vErrors === null) {
                    vErrors = [err336];
                  } else {
                    vErrors.push(err336);
                  }
                  errors++;
                }
              } else {
                const err337 = { instancePath: instancePath + "/rules/toelichting-max-words", schemaPath: "#/$defs/rules/properties/toelichting-max-words/anyOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["toelichting-max-words"].anyOf[2].type, parentSchema: schema67.properties["toelichting-max-words"].anyOf[2], data: data152 };
                if (vErrors === null) {
                  vErrors = [err337];
                } else {
                  vErrors.push(err337);
                }
                errors++;
              }
              var _valid28 = _errs402 === errors;
              valid111 = valid111 || _valid28;
              if (_valid28) {
                if (items22 !== true) {
                  items22 = true;
                }
              }
              if (!valid111) {
                const err338 = { instancePath: instancePath + "/rules/toelichting-max-words", schemaPath: "#/$defs/rules/properties/toelichting-max-words/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["toelichting-max-words"].anyOf, parentSchema: schema67.properties["toelichting-max-words"], data: data152 };
                if (vErrors === null) {
                  vErrors = [err338];
                } else {
                  vErrors.push(err338);
                }
                errors++;
              } else {
                errors = _errs397;
                if (vErrors !== null) {
                  if (_errs397) {
                    vErrors.length = _errs397;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data102["urn-change"] !== void 0) {
              let data157 = data102["urn-change"];
              const _errs411 = errors;
              let valid115 = false;
              const _errs412 = errors;
              if (!(data157 === "off" || data157 === "warn" || data157 === "error" || data157 === 0 || data157 === 1 || data157 === 2)) {
                const err339 = { instancePath: instancePath + "/rules/urn-change", schemaPath: "#/$defs/rules/properties/urn-change/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["urn-change"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["urn-change"].anyOf[0].enum, parentSchema: schema67.properties["urn-change"].anyOf[0], data: data157 };
                if (vErrors === null) {
                  vErrors = [err339];
                } else {
                  vErrors.push(err339);
                }
                errors++;
              }
              var _valid29 = _errs412 === errors;
              valid115 = valid115 || _valid29;
              const _errs413 = errors;
              if (Array.isArray(data157)) {
                if (data157.length > 1) {
                  const err340 = { instancePath: instancePath + "/rules/urn-change", schemaPath: "#/$defs/rules/properties/urn-change/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["urn-change"].anyOf[1], data: data157 };
                  if (vErrors === null) {
                    vErrors = [err340];
                  } else {
                    vErrors.push(err340);
                  }
                  errors++;
                }
                if (data157.length < 1) {
                  const err341 = { instancePath: instancePath + "/rules/urn-change", schemaPath: "#/$defs/rules/properties/urn-change/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["urn-change"].anyOf[1], data: data157 };
                  if (vErrors === null) {
                    vErrors = [err341];
                  } else {
                    vErrors.push(err341);
                  }
                  errors++;
                }
                const len67 = data157.length;
                if (len67 > 0) {
                  let data158 = data157[0];
                  if (!(data158 === "off" || data158 === "warn" || data158 === "error" || data158 === 0 || data158 === 1 || data158 === 2)) {
                    const err342 = { instancePath: instancePath + "/rules/urn-change/0", schemaPath: "#/$defs/rules/properties/urn-change/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["urn-change"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["urn-change"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["urn-change"].anyOf[1].prefixItems[0], data: data158 };
                    if (vErrors === null) {
                      vErrors = [err342];
                    } else {
                      vErrors.push(err342);
                    }
                    errors++;
                  }
                }
                const len68 = data157.length;
                if (!(len68 <= 1)) {
                  const err343 = { instancePath: instancePath + "/rules/urn-change", schemaPath: "#/$defs/rules/properties/urn-change/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["urn-change"].anyOf[1], data: data157 };
                  if (vErrors === null) {
                    vErrors = [err343];
                  } else {
                    vErrors.push(err343);
                  }
                  errors++;
                }
              } else {
                const err344 = { instancePath: instancePath + "/rules/urn-change", schemaPath: "#/$defs/rules/properties/urn-change/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["urn-change"].anyOf[1].type, parentSchema: schema67.properties["urn-change"].anyOf[1], data: data157 };
                if (vErrors === null) {
                  vErrors = [err344];
                } else {
                  vErrors.push(err344);
                }
                errors++;
              }
              var _valid29 = _errs413 === errors;
              valid115 = valid115 || _valid29;
              if (!valid115) {
                const err345 = { instancePath: instancePath + "/rules/urn-change", schemaPath: "#/$defs/rules/properties/urn-change/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["urn-change"].anyOf, parentSchema: schema67.properties["urn-change"], data: data157 };
                if (vErrors === null) {
                  vErrors = [err345];
                } else {
                  vErrors.push(err345);
                }
                errors++;
              } else {
                errors = _errs411;
                if (vErrors !== null) {
                  if (_errs411) {
                    vErrors.length = _errs411;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data102["urn-matches-filename"] !== void 0) {
              let data159 = data102["urn-matches-filename"];
              const _errs417 = errors;
              let valid117 = false;
              const _errs418 = errors;
              if (!(data159 === "off" || data159 === "warn" || data159 === "error" || data159 === 0 || data159 === 1 || data159 === 2)) {
                const err346 = { instancePath: instancePath + "/rules/urn-matches-filename", schemaPath: "#/$defs/rules/properties/urn-matches-filename/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["urn-matches-filename"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["urn-matches-filename"].anyOf[0].enum, parentSchema: schema67.properties["urn-matches-filename"].anyOf[0], data: data159 };
                if (vErrors === null) {
                  vErrors = [err346];
                } else {
                  vErrors.push(err346);
                }
                errors++;
              }
              var _valid30 = _errs418 === errors;
              valid117 = valid117 || _valid30;
              const _errs419 = errors;
              if (Array.isArray(data159)) {
                if (data159.length > 1) {
                  const err347 = { instancePath: instancePath + "/rules/urn-matches-filename", schemaPath: "#/$defs/rules/properties/urn-matches-filename/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["urn-matches-filename"].anyOf[1], data: data159 };
                  if (vErrors === null) {
                    vErrors = [err347];
                  } else {
                    vErrors.push(err347);
                  }
                  errors++;
                }
                if (data159.length < 1) {
                  const err348 = { instancePath: instancePath + "/rules/urn-matches-filename", schemaPath: "#/$defs/rules/properties/urn-matches-filename/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["urn-matches-filename"].anyOf[1], data: data159 };
                  if (vErrors === null) {
                    vErrors = [err348];
                  } else {
                    vErrors.push(err348);
                  }
                  errors++;
                }
                const len69 = data159.length;
                if (len69 > 0) {
                  let data160 = data159[0];
                  if (!(data160 === "off" || data160 === "warn" || data160 === "error" || data160 === 0 || data160 === 1 || data160 === 2)) {
                    const err349 = { instancePath: instancePath + "/rules/urn-matches-filename/0", schemaPath: "#/$defs/rules/properties/urn-matches-filename/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["urn-matches-filename"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["urn-matches-filename"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["urn-matches-filename"].anyOf[1].prefixItems[0], data: data160 };
                    if (vErrors === null) {
                      vErrors = [err349];
                    } else {
                      vErrors.push(err349);
                    }
                    errors++;
                  }
                }
                const len70 = data159.length;
                if (!(len70 <= 1)) {
                  const err350 = { instancePath: instancePath + "/rules/urn-matches-filename", schemaPath: "#/$defs/rules/properties/urn-matches-filename/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["urn-matches-filename"].anyOf[1], data: data159 };
                  if (vErrors === null) {
                    vErrors = [err350];
                  } else {
                    vErrors.push(err350);
                  }
                  errors++;
                }
              } else {
                const err351 = { instancePath: instancePath + "/rules/urn-matches-filename", schemaPath: "#/$defs/rules/properties/urn-matches-filename/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["urn-matches-filename"].anyOf[1].type, parentSchema: schema67.properties["urn-matches-filename"].anyOf[1], data: data159 };
                if (vErrors === null) {
                  vErrors = [err351];
                } else {
                  vErrors.push(err351);
                }
                errors++;
              }
              var _valid30 = _errs419 === errors;
              valid117 = valid117 || _valid30;
              if (!valid117) {
                const err352 = { instancePath: instancePath + "/rules/urn-matches-filename", schemaPath: "#/$defs/rules/properties/urn-matches-filename/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["urn-matches-filename"].anyOf, parentSchema: schema67.properties["urn-matches-filename"], data: data159 };
                if (vErrors === null) {
                  vErrors = [err352];
                } else {
                  vErrors.push(err352);
                }
                errors++;
              } else {
                errors = _errs417;
                if (vErrors !== null) {
                  if (_errs417) {
                    vErrors.length = _errs417;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data102["urn-unique"] !== void 0) {
              let data161 = data102["urn-unique"];
              const _errs423 = errors;
              let valid119 = false;
              const _errs424 = errors;
              if (!(data161 === "off" || data161 === "warn" || data161 === "error" || data161 === 0 || data161 === 1 || data161 === 2)) {
                const err353 = { instancePath: instancePath + "/rules/urn-unique", schemaPath: "#/$defs/rules/properties/urn-unique/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["urn-unique"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["urn-unique"].anyOf[0].enum, parentSchema: schema67.properties["urn-unique"].anyOf[0], data: data161 };
                if (vErrors === null) {
                  vErrors = [err353];
                } else {
                  vErrors.push(err353);
                }
                errors++;
              }
              var _valid31 = _errs424 === errors;
              valid119 = valid119 || _valid31;
              const _errs425 = errors;
              if (Array.isArray(data161)) {
                if (data161.length > 1) {
                  const err354 = { instancePath: instancePath + "/rules/urn-unique", schemaPath: "#/$defs/rules/properties/urn-unique/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["urn-unique"].anyOf[1], data: data161 };
                  if (vErrors === null) {
                    vErrors = [err354];
                  } else {
                    vErrors.push(err354);
                  }
                  errors++;
                }
                if (data161.length < 1) {
                  const err355 = { instancePath: instancePath + "/rules/urn-unique", schemaPath: "#/$defs/rules/properties/urn-unique/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["urn-unique"].anyOf[1], data: data161 };
                  if (vErrors === null) {
                    vErrors = [err355];
                  } else {
                    vErrors.push(err355);
                  }
                  errors++;
                }
                const len71 = data161.length;
                if (len71 > 0) {
                  let data162 = data161[0];
                  if (!(data162 === "off" || data162 === "warn" || data162 === "error" || data162 === 0 || data162 === 1 || data162 === 2)) {
                    const err356 = { instancePath: instancePath + "/rules/urn-unique/0", schemaPath: "#/$defs/rules/properties/urn-unique/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["urn-unique"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["urn-unique"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["urn-unique"].anyOf[1].prefixItems[0], data: data162 };
                    if (vErrors === null) {
                      vErrors = [err356];
                    } else {
                      vErrors.push(err356);
                    }
                    errors++;
                  }
                }
                const len72 = data161.length;
                if (!(len72 <= 1)) {
                  const err357 = { instancePath: instancePath + "/rules/urn-unique", schemaPath: "#/$defs/rules/properties/urn-unique/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["urn-unique"].anyOf[1], data: data161 };
                  if (vErrors === null) {
                    vErrors = [err357];
                  } else {
                    vErrors.push(err357);
                  }
                  errors++;
                }
              } else {
                const err358 = { instancePath: instancePath + "/rules/urn-unique", schemaPath: "#/$defs/rules/properties/urn-unique/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["urn-unique"].anyOf[1].type, parentSchema: schema67.properties["urn-unique"].anyOf[1], data: data161 };
                if (vErrors === null) {
                  vErrors = [err358];
                } else {
                  vErrors.push(err358);
                }
                errors++;
              }
              var _valid31 = _errs425 === errors;
              valid119 = valid119 || _valid31;
              if (!valid119) {
                const err359 = { instancePath: instancePath + "/rules/urn-unique", schemaPath: "#/$defs/rules/properties/urn-unique/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["urn-unique"].anyOf, parentSchema: schema67.properties["urn-unique"], data: data161 };
                if (vErrors === null) {
                  vErrors = [err359];
                } else {
                  vErrors.push(err359);
                }
                errors++;
              } else {
                errors = _errs423;
                if (vErrors !== null) {
                  if (_errs423) {
                    vErrors.length = _errs423;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data102["vereiste-unreferenced"] !== void 0) {
              let data163 = data102["vereiste-unreferenced"];
              const _errs429 = errors;
              let valid121 = false;
              const _errs430 = errors;
              if (!(data163 === "off" || data163 === "warn" || data163 === "error" || data163 === 0 || data163 === 1 || data163 === 2)) {
                const err360 = { instancePath: instancePath + "/rules/vereiste-unreferenced", schemaPath: "#/$defs/rules/properties/vereiste-unreferenced/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["vereiste-unreferenced"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["vereiste-unreferenced"].anyOf[0].enum, parentSchema: schema67.properties["vereiste-unreferenced"].anyOf[0], data: data163 };
                if (vErrors === null) {
                  vErrors = [err360];
                } else {
                  vErrors.push(err360);
                }
                errors++;
              }
              var _valid32 = _errs430 === errors;
              valid121 = valid121 || _valid32;
              const _errs431 = errors;
              if (Array.isArray(data163)) {
                if (data163.length > 1) {
                  const err361 = { instancePath: instancePath + "/rules/vereiste-unreferenced", schemaPath: "#/$defs/rules/properties/vereiste-unreferenced/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["vereiste-unreferenced"].anyOf[1], data: data163 };
                  if (vErrors === null) {
                    vErrors = [err361];
                  } else {
                    vErrors.push(err361);
                  }
                  errors++;
                }
                if (data163.length < 1) {
                  const err362 = { instancePath: instancePath + "/rules/vereiste-unreferenced", schemaPath: "#/$defs/rules/properties/vereiste-unreferenced/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["vereiste-unreferenced"].anyOf[1], data: data163 };
                  if (vErrors === null) {
                    vErrors = [err362];
                  } else {
                    vErrors.push(err362);
                  }
                  errors++;
                }
                const len73 = data163.length;
                if (len73 > 0) {
                  let data164 = data163[0];
                  if (!(data164 === "off" || data164 === "warn" || data164 === "error" || data164 === 0 || data164 === 1 || data164 === 2)) {
                    const err363 = { instancePath: instancePath + "/rules/vereiste-unreferenced/0", schemaPath: "#/$defs/rules/properties/vereiste-unreferenced/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["vereiste-unreferenced"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["vereiste-unreferenced"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["vereiste-unreferenced"].anyOf[1].prefixItems[0], data: data164 };
                    if (vErrors === null) {
                      vErrors = [err363];
                    } else {
                      vErrors.push(err363);
                    }
                    errors++;
                  }
                }
                const len74 = data163.length;
                if (!(len74 <= 1)) {
                  const err364 = { instancePath: instancePath + "/rules/vereiste-unreferenced", schemaPath: "#/$defs/rules/properties/vereiste-unreferenced/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["vereiste-unreferenced"].anyOf[1], data: data163 };
                  if (vErrors === null) {
                    vErrors = [err364];
                  } else {
                    vErrors.push(err364);
                  }
                  errors++;
                }
              } else {
                const err365 = { instancePath: instancePath + "/rules/vereiste-unreferenced", schemaPath: "#/$defs/rules/properties/vereiste-unreferenced/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["vereiste-unreferenced"].anyOf[1].type, parentSchema: schema67.properties["vereiste-unreferenced"].anyOf[1], data: data163 };
                if (vErrors === null) {
                  vErrors = [err365];
                } else {
                  vErrors.push(err365);
                }
                errors++;
              }
              var _valid32 = _errs431 === errors;
              valid121 = valid121 || _valid32;
              if (!valid121) {
                const err366 = { instancePath: instancePath + "/rules/vereiste-unreferenced", schemaPath: "#/$defs/rules/properties/vereiste-unreferenced/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["vereiste-unreferenced"].anyOf, parentSchema: schema67.properties["vereiste-unreferenced"], data: data163 };
                if (vErrors === null) {
                  vErrors = [err366];
                } else {
                  vErrors.push(err366);
                }
                errors++;
              } else {
                errors = _errs429;
                if (vErrors !== null) {
                  if (_errs429) {
                    vErrors.length = _errs429;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err367 = { instancePath: instancePath + "/rules", schemaPath: "#/$defs/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.type, parentSchema: schema67, data: data102 };
            if (vErrors === null) {
              vErrors = [err367];
            } else {
              vErrors.push(err367);
            }
            errors++;
          }
        }
        if (data.ignores !== void 0) {
          let data165 = data.ignores;
          if (Array.isArray(data165)) {
            const len75 = data165.length;
            for (let i19 = 0; i19 < len75; i19++) {
              let data166 = data165[i19];
              if (typeof data166 !== "string") {
                const err368 = { instancePath: instancePath + "/ignores/" + i19, schemaPath: "#/properties/ignores/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.ignores.items.type, parentSchema: schema66.properties.ignores.items, data: data166 };
                if (vErrors === null) {
                  vErrors = [err368];
                } else {
                  vErrors.push(err368);
                }
                errors++;
              }
            }
          } else {
            const err369 = { instancePath: instancePath + "/ignores", schemaPath: "#/properties/ignores/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties.ignores.type, parentSchema: schema66.properties.ignores, data: data165 };
            if (vErrors === null) {
              vErrors = [err369];
            } else {
              vErrors.push(err369);
            }
            errors++;
          }
        }
        if (data.overrides !== void 0) {
          let data167 = data.overrides;
          if (Array.isArray(data167)) {
            const len76 = data167.length;
            for (let i20 = 0; i20 < len76; i20++) {
              let data168 = data167[i20];
              if (data168 && typeof data168 == "object" && !Array.isArray(data168)) {
                if (data168.files === void 0) {
                  const err370 = { instancePath: instancePath + "/overrides/" + i20, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'", schema: schema66.properties.overrides.items.required, parentSchema: schema66.properties.overrides.items, data: data168 };
                  if (vErrors === null) {
                    vErrors = [err370];
                  } else {
                    vErrors.push(err370);
                  }
                  errors++;
                }
                for (const key18 in data168) {
                  if (!(key18 === "files" || key18 === "rules")) {
                    const err371 = { instancePath: instancePath + "/overrides/" + i20, schemaPath: "#/properties/overrides/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: false, parentSchema: schema66.properties.overrides.items, data: data168 };
                    if (vErrors === null) {
                      vErrors = [err371];
                    } else {
                      vErrors.push(err371);
                    }
                    errors++;
                  }
                }
                if (data168.files !== void 0) {
                  let data169 = data168.files;
                  if (Array.isArray(data169)) {
                    if (data169.length < 1) {
                      const err372 = { instancePath: instancePath + "/overrides/" + i20 + "/files", schemaPath: "#/properties/overrides/items/properties/files/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema66.properties.overrides.items.properties.files, data: data169 };
                      if (vErrors === null) {
                        vErrors = [err372];
                      } else {
                        vErrors.push(err372);
                      }
                      errors++;
                    }
                    const len77 = data169.length;
                    for (let i21 = 0; i21 < len77; i21++) {
                      let data170 = data169[i21];
                      if (typeof data170 !== "string") {
                        const err373 = { instancePath: instancePath + "/overrides/" + i20 + "/files/" + i21, schemaPath: "#/properties/overrides/items/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.overrides.items.properties.files.items.type, parentSchema: schema66.properties.overrides.items.properties.files.items, data: data170 };
                        if (vErrors === null) {
                          vErrors = [err373];
                        } else {
                          vErrors.push(err373);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err374 = { instancePath: instancePath + "/overrides/" + i20 + "/files", schemaPath: "#/properties/overrides/items/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties.overrides.items.properties.files.type, parentSchema: schema66.properties.overrides.items.properties.files, data: data169 };
                    if (vErrors === null) {
                      vErrors = [err374];
                    } else {
                      vErrors.push(err374);
                    }
                    errors++;
                  }
                }
                if (data168.rules !== void 0) {
                  let data171 = data168.rules;
                  if (data171 && typeof data171 == "object" && !Array.isArray(data171)) {
                    for (const key19 in data171) {
                      if (!func1.call(schema67.properties, key19)) {
                        const err375 = { instancePath: instancePath + "/overrides/" + i20 + "/rules", schemaPath: "#/$defs/rules/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema67, data: data171 };
                        if (vErrors === null) {
                          vErrors = [err375];
                        } else {
                          vErrors.push(err375);
                        }
                        errors++;
                      }
                    }
                    if (data171["external-url"] !== void 0) {
                      let data172 = data171["external-url"];
                      const _errs452 = errors;
                      let valid132 = false;
                      const _errs453 = errors;
                      if (!(data172 === "off" || data172 === "warn" || data172 === "error" || data172 === 0 || data172 === 1 || data172 === 2)) {
                        const err376 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/external-url", schemaPath: "#/$defs/rules/properties/external-url/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["external-url"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["external-url"].anyOf[0].enum, parentSchema: schema67.properties["external-url"].anyOf[0], data: data172 };
                        if (vErrors === null) {
                          vErrors = [err376];
                        } else {
                          vErrors.push(err376);
                        }
                        errors++;
                      }
                      var _valid33 = _errs453 === errors;
                      valid132 = valid132 || _valid33;
                      const _errs454 = errors;
                      if (Array.isArray(data172)) {
                        if (data172.length > 1) {
                          const err377 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/external-url", schemaPath: "#/$defs/rules/properties/external-url/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["external-url"].anyOf[1], data: data172 };
                          if (vErrors === null) {
                            vErrors = [err377];
                          } else {
                            vErrors.push(err377);
                          }
                          errors++;
                        }
                        if (data172.length < 1) {
                          const err378 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/external-url", schemaPath: "#/$defs/rules/properties/external-url/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["external-url"].anyOf[1], data: data172 };
                          if (vErrors === null) {
                            vErrors = [err378];
                          } else {
                            vErrors.push(err378);
                          }
                          errors++;
                        }
                        const len78 = data172.length;
                        if (len78 > 0) {
                          let data173 = data172[0];
                          if (!(data173 === "off" || data173 === "warn" || data173 === "error" || data173 === 0 || data173 === 1 || data173 === 2)) {
                            const err379 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/external-url/0", schemaPath: "#/$defs/rules/properties/external-url/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["external-url"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["external-url"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["external-url"].anyOf[1].prefixItems[0], data: data173 };
                            if (vErrors === null) {
                              vErrors = [err379];
                            } else {
                              vErrors.push(err379);
                            }
                            errors++;
                          }
                        }
                        const len79 = data172.length;
                        if (!(len79 <= 1)) {
                          const err380 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/external-url", schemaPath: "#/$defs/rules/properties/external-url/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["external-url"].anyOf[1], data: data172 };
                          if (vErrors === null) {
                            vErrors = [err380];
                          } else {
                            vErrors.push(err380);
                          }
                          errors++;
                        }
                      } else {
                        const err381 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/external-url", schemaPath: "#/$defs/rules/properties/external-url/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["external-url"].anyOf[1].type, parentSchema: schema67.properties["external-url"].anyOf[1], data: data172 };
                        if (vErrors === null) {
                          vErrors = [err381];
                        } else {
                          vErrors.push(err381);
                        }
                        errors++;
                      }
                      var _valid33 = _errs454 === errors;
                      valid132 = valid132 || _valid33;
                      if (!valid132) {
                        const err382 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/external-url", schemaPath: "#/$defs/rules/properties/external-url/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["external-url"].anyOf, parentSchema: schema67.properties["external-url"], data: data172 };
                        if (vErrors === null) {
                          vErrors = [err382];
                        } else {
                          vErrors.push(err382);
                        }
                        errors++;
                      } else {
                        errors = _errs452;
                        if (vErrors !== null) {
                          if (_errs452) {
                            vErrors.length = _errs452;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data171["external-url-rate-limited"] !== void 0) {
                      let data174 = data171["external-url-rate-limited"];
                      const _errs458 = errors;
                      let valid134 = false;
                      const _errs459 = errors;
                      if (!(data174 === "off" || data174 === "warn" || data174 === "error" || data174 === 0 || data174 === 1 || data174 === 2)) {
                        const err383 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/external-url-rate-limited", schemaPath: "#/$defs/rules/properties/external-url-rate-limited/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["external-url-rate-limited"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["external-url-rate-limited"].anyOf[0].enum, parentSchema: schema67.properties["external-url-rate-limited"].anyOf[0], data: data174 };
                        if (vErrors === null) {
                          vErrors = [err383];
                        } else {
                          vErrors.push(err383);
                        }
                        errors++;
                      }
                      var _valid34 = _errs459 === errors;
                      valid134 = valid134 || _valid34;
                      const _errs460 = errors;
                      if (Array.isArray(data174)) {
                        if (data174.length > 1) {
                          const err384 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/external-url-rate-limited", schemaPath: "#/$defs/rules/properties/external-url-rate-limited/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["external-url-rate-limited"].anyOf[1], data: data174 };
                          if (vErrors === null) {
                            vErrors = [err384];
                          } else {
                            vErrors.push(err384);
                          }
                          errors++;
                        }
                        if (data174.length < 1) {
                          const err385 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/external-url-rate-limited", schemaPath: "#/$defs/rules/properties/external-url-rate-limited/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["external-url-rate-limited"].anyOf[1], data: data174 };
                          if (vErrors === null) {
                            vErrors = [err385];
                          } else {
                            vErrors.push(err385);
                          }
                          errors++;
                        }
                        const len80 = data174.length;
                        if (len80 > 0) {
                          let data175 = data174[0];
                          if (!(data175 === "off" || data175 === "warn" || data175 === "error" || data175 === 0 || data175 === 1 || data175 === 2)) {
                            const err386 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/external-url-rate-limited/0", schemaPath: "#/$defs/rules/properties/external-url-rate-limited/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["external-url-rate-limited"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["external-url-rate-limited"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["external-url-rate-limited"].anyOf[1].prefixItems[0], data: data175 };
                            if (vErrors === null) {
                              vErrors = [err386];
                            } else {
                              vErrors.push(err386);
                            }
                            errors++;
                          }
                        }
                        const len81 = data174.length;
                        if (!(len81 <= 1)) {
                          const err387 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/external-url-rate-limited", schemaPath: "#/$defs/rules/properties/external-url-rate-limited/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["external-url-rate-limited"].anyOf[1], data: data174 };
                          if (vErrors === null) {
                            vErrors = [err387];
                          } else {
                            vErrors.push(err387);
                          }
                          errors++;
                        }
                      } else {
                        const err388 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/external-url-rate-limited", schemaPath: "#/$defs/rules/properties/external-url-rate-limited/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["external-url-rate-limited"].anyOf[1].type, parentSchema: schema67.properties["external-url-rate-limited"].anyOf[1], data: data174 };
                        if (vErrors === null) {
                          vErrors = [err388];
                        } else {
                          vErrors.push(err388);
                        }
                        errors++;
                      }
                      var _valid34 = _errs460 === errors;
                      valid134 = valid134 || _valid34;
                      if (!valid134) {
                        const err389 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/external-url-rate-limited", schemaPath: "#/$defs/rules/properties/external-url-rate-limited/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["external-url-rate-limited"].anyOf, parentSchema: schema67.properties["external-url-rate-limited"], data: data174 };
                        if (vErrors === null) {
                          vErrors = [err389];
                        } else {
                          vErrors.push(err389);
                        }
                        errors++;
                      } else {
                        errors = _errs458;
                        if (vErrors !== null) {
                          if (_errs458) {
                            vErrors.length = _errs458;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data171["external-url-redirect"] !== void 0) {
                      let data176 = data171["external-url-redirect"];
                      const _errs464 = errors;
                      let valid136 = false;
                      const _errs465 = errors;
                      if (!(data176 === "off" || data176 === "warn" || data176 === "error" || data176 === 0 || data176 === 1 || data176 === 2)) {
                        const err390 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/external-url-redirect", schemaPath: "#/$defs/rules/properties/external-url-redirect/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["external-url-redirect"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["external-url-redirect"].anyOf[0].enum, parentSchema: schema67.properties["external-url-redirect"].anyOf[0], data: data176 };
                        if (vErrors === null) {
                          vErrors = [err390];
                        } else {
                          vErrors.push(err390);
                        }
                        errors++;
                      }
                      var _valid35 = _errs465 === errors;
                      valid136 = valid136 || _valid35;
                      const _errs466 = errors;
                      if (Array.isArray(data176)) {
                        if (data176.length > 1) {
                          const err391 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/external-url-redirect", schemaPath: "#/$defs/rules/properties/external-url-redirect/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["external-url-redirect"].anyOf[1], data: data176 };
                          if (vErrors === null) {
                            vErrors = [err391];
                          } else {
                            vErrors.push(err391);
                          }
                          errors++;
                        }
                        if (data176.length < 1) {
                          const err392 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/external-url-redirect", schemaPath: "#/$defs/rules/properties/external-url-redirect/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["external-url-redirect"].anyOf[1], data: data176 };
                          if (vErrors === null) {
                            vErrors = [err392];
                          } else {
                            vErrors.push(err392);
                          }
                          errors++;
                        }
                        const len82 = data176.length;
                        if (len82 > 0) {
                          let data177 = data176[0];
                          if (!(data177 === "off" || data177 === "warn" || data177 === "error" || data177 === 0 || data177 === 1 || data177 === 2)) {
                            const err393 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/external-url-redirect/0", schemaPath: "#/$defs/rules/properties/external-url-redirect/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["external-url-redirect"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["external-url-redirect"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["external-url-redirect"].anyOf[1].prefixItems[0], data: data177 };
                            if (vErrors === null) {
                              vErrors = [err393];
                            } else {
                              vErrors.push(err393);
                            }
                            errors++;
                          }
                        }
                        const len83 = data176.length;
                        if (!(len83 <= 1)) {
                          const err394 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/external-url-redirect", schemaPath: "#/$defs/rules/properties/external-url-redirect/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["external-url-redirect"].anyOf[1], data: data176 };
                          if (vErrors === null) {
                            vErrors = [err394];
                          } else {
                            vErrors.push(err394);
                          }
                          errors++;
                        }
                      } else {
                        const err395 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/external-url-redirect", schemaPath: "#/$defs/rules/properties/external-url-redirect/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["external-url-redirect"].anyOf[1].type, parentSchema: schema67.properties["external-url-redirect"].anyOf[1], data: data176 };
                        if (vErrors === null) {
                          vErrors = [err395];
                        } else {
                          vErrors.push(err395);
                        }
                        errors++;
                      }
                      var _valid35 = _errs466 === errors;
                      valid136 = valid136 || _valid35;
                      if (!valid136) {
                        const err396 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/external-url-redirect", schemaPath: "#/$defs/rules/properties/external-url-redirect/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["external-url-redirect"].anyOf, parentSchema: schema67.properties["external-url-redirect"], data: data176 };
                        if (vErrors === null) {
                          vErrors = [err396];
                        } else {
                          vErrors.push(err396);
                        }
                        errors++;
                      } else {
                        errors = _errs464;
                        if (vErrors !== null) {
                          if (_errs464) {
                            vErrors.length = _errs464;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data171["file-encoding"] !== void 0) {
                      let data178 = data171["file-encoding"];
                      const _errs470 = errors;
                      let valid138 = false;
                      const _errs471 = errors;
                      if (!(data178 === "off" || data178 === "warn" || data178 === "error" || data178 === 0 || data178 === 1 || data178 === 2)) {
                        const err397 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/file-encoding", schemaPath: "#/$defs/rules/properties/file-encoding/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["file-encoding"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["file-encoding"].anyOf[0].enum, parentSchema: schema67.properties["file-encoding"].anyOf[0], data: data178 };
                        if (vErrors === null) {
                          vErrors = [err397];
                        } else {
                          vErrors.push(err397);
                        }
                        errors++;
                      }
                      var _valid36 = _errs471 === errors;
                      valid138 = valid138 || _valid36;
                      const _errs472 = errors;
                      if (Array.isArray(data178)) {
                        if (data178.length > 1) {
                          const err398 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/file-encoding", schemaPath: "#/$defs/rules/properties/file-encoding/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["file-encoding"].anyOf[1], data: data178 };
                          if (vErrors === null) {
                            vErrors = [err398];
                          } else {
                            vErrors.push(err398);
                          }
                          errors++;
                        }
                        if (data178.length < 1) {
                          const err399 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/file-encoding", schemaPath: "#/$defs/rules/properties/file-encoding/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["file-encoding"].anyOf[1], data: data178 };
                          if (vErrors === null) {
                            vErrors = [err399];
                          } else {
                            vErrors.push(err399);
                          }
                          errors++;
                        }
                        const len84 = data178.length;
                        if (len84 > 0) {
                          let data179 = data178[0];
                          if (!(data179 === "off" || data179 === "warn" || data179 === "error" || data179 === 0 || data179 === 1 || data179 === 2)) {
                            const err400 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/file-encoding/0", schemaPath: "#/$defs/rules/properties/file-encoding/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["file-encoding"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["file-encoding"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["file-encoding"].anyOf[1].prefixItems[0], data: data179 };
                            if (vErrors === null) {
                              vErrors = [err400];
                            } else {
                              vErrors.push(err400);
                            }
                            errors++;
                          }
                        }
                        const len85 = data178.length;
                        if (!(len85 <= 1)) {
                          const err401 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/file-encoding", schemaPath: "#/$defs/rules/properties/file-encoding/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["file-encoding"].anyOf[1], data: data178 };
                          if (vErrors === null) {
                            vErrors = [err401];
                          } else {
                            vErrors.push(err401);
                          }
                          errors++;
                        }
                      } else {
                        const err402 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/file-encoding", schemaPath: "#/$defs/rules/properties/file-encoding/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["file-encoding"].anyOf[1].type, parentSchema: schema67.properties["file-encoding"].anyOf[1], data: data178 };
                        if (vErrors === null) {
                          vErrors = [err402];
                        } else {
                          vErrors.push(err402);
                        }
                        errors++;
                      }
                      var _valid36 = _errs472 === errors;
                      valid138 = valid138 || _valid36;
                      if (!valid138) {
                        const err403 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/file-encoding", schemaPath: "#/$defs/rules/properties/file-encoding/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["file-encoding"].anyOf, parentSchema: schema67.properties["file-encoding"], data: data178 };
                        if (vErrors === null) {
                          vErrors = [err403];
                        } else {
                          vErrors.push(err403);
                        }
                        errors++;
                      } else {
                        errors = _errs470;
                        if (vErrors !== null) {
                          if (_errs470) {
                            vErrors.length = _errs470;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data171["frontmatter-schema"] !== void 0) {
                      let data180 = data171["frontmatter-schema"];
                      const _errs476 = errors;
                      let valid140 = false;
                      const _errs477 = errors;
                      if (!(data180 === "off" || data180 === "warn" || data180 === "error" || data180 === 0 || data180 === 1 || data180 === 2)) {
                        const err404 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/frontmatter-schema", schemaPath: "#/$defs/rules/properties/frontmatter-schema/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["frontmatter-schema"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["frontmatter-schema"].anyOf[0].enum, parentSchema: schema67.properties["frontmatter-schema"].anyOf[0], data: data180 };
                        if (vErrors === null) {
                          vErrors = [err404];
                        } else {
                          vErrors.push(err404);
                        }
                        errors++;
                      }
                      var _valid37 = _errs477 === errors;
                      valid140 = valid140 || _valid37;
                      const _errs478 = errors;
                      if (Array.isArray(data180)) {
                        if (data180.length > 1) {
                          const err405 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/frontmatter-schema", schemaPath: "#/$defs/rules/properties/frontmatter-schema/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["frontmatter-schema"].anyOf[1], data: data180 };
                          if (vErrors === null) {
                            vErrors = [err405];
                          } else {
                            vErrors.push(err405);
                          }
                          errors++;
                        }
                        if (data180.length < 1) {
                          const err406 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/frontmatter-schema", schemaPath: "#/$defs/rules/properties/frontmatter-schema/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["frontmatter-schema"].anyOf[1], data: data180 };
                          if (vErrors === null) {
                            vErrors = [err406];
                          } else {
                            vErrors.push(err406);
                          }
                          errors++;
                        }
                        const len86 = data180.length;
                        if (len86 > 0) {
                          let data181 = data180[0];
                          if (!(data181 === "off" || data181 === "warn" || data181 === "error" || data181 === 0 || data181 === 1 || data181 === 2)) {
                            const err407 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/frontmatter-schema/0", schemaPath: "#/$defs/rules/properties/frontmatter-schema/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["frontmatter-schema"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["frontmatter-schema"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["frontmatter-schema"].anyOf[1].prefixItems[0], data: data181 };
                            if (vErrors === null) {
                              vErrors = [err407];
                            } else {
                              vErrors.push(err407);
                            }
                            errors++;
                          }
                        }
                        const len87 = data180.length;
                        if (!(len87 <= 1)) {
                          const err408 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/frontmatter-schema", schemaPath: "#/$defs/rules/properties/frontmatter-schema/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["frontmatter-schema"].anyOf[1], data: data180 };
                          if (vErrors === null) {
                            vErrors = [err408];
                          } else {
                            vErrors.push(err408);
                          }
                          errors++;
                        }
                      } else {
                        const err409 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/frontmatter-schema", schemaPath: "#/$defs/rules/properties/frontmatter-schema/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["frontmatter-schema"].anyOf[1].type, parentSchema: schema67.properties["frontmatter-schema"].anyOf[1], data: data180 };
                        if (vErrors === null) {
                          vErrors = [err409];
                        } else {
                          vErrors.push(err409);
                        }
                        errors++;
                      }
                      var _valid37 = _errs478 === errors;
                      valid140 = valid140 || _valid37;
                      if (!valid140) {
                        const err410 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/frontmatter-schema", schemaPath: "#/$defs/rules/properties/frontmatter-schema/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["frontmatter-schema"].anyOf, parentSchema: schema67.properties["frontmatter-schema"], data: data180 };
                        if (vErrors === null) {
                          vErrors = [err410];
                        } else {
                          vErrors.push(err410);
                        }
                        errors++;
                      } else {
                        errors = _errs476;
                        if (vErrors !== null) {
                          if (_errs476) {
                            vErrors.length = _errs476;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data171["frontmatter-yaml"] !== void 0) {
                      let data182 = data171["frontmatter-yaml"];
                      const _errs482 = errors;
                      let valid142 = false;
                      const _errs483 = errors;
                      if (!(data182 === "off" || data182 === "warn" || data182 === "error" || data182 === 0 || data182 === 1 || data182 === 2)) {
                        const err411 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/frontmatter-yaml", schemaPath: "#/$defs/rules/properties/frontmatter-yaml/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["frontmatter-yaml"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["frontmatter-yaml"].anyOf[0].enum, parentSchema: schema67.properties["frontmatter-yaml"].anyOf[0], data: data182 };
                        if (vErrors === null) {
                          vErrors = [err411];
                        } else {
                          vErrors.push(err411);
                        }
                        errors++;
                      }
                      var _valid38 = _errs483 === errors;
                      valid142 = valid142 || _valid38;
                      const _errs484 = errors;
                      if (Array.isArray(data182)) {
                        if (data182.length > 1) {
                          const err412 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/frontmatter-yaml", schemaPath: "#/$defs/rules/properties/frontmatter-yaml/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["frontmatter-yaml"].anyOf[1], data: data182 };
                          if (vErrors === null) {
                            vErrors = [err412];
                          } else {
                            vErrors.push(err412);
                          }
                          errors++;
                        }
                        if (data182.length < 1) {
                          const err413 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/frontmatter-yaml", schemaPath: "#/$defs/rules/properties/frontmatter-yaml/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["frontmatter-yaml"].anyOf[1], data: data182 };
                          if (vErrors === null) {
                            vErrors = [err413];
                          } else {
                            vErrors.push(err413);
                          }
                          errors++;
                        }
                        const len88 = data182.length;
                        if (len88 > 0) {
                          let data183 = data182[0];
                          if (!(data183 === "off" || data183 === "warn" || data183 === "error" || data183 === 0 || data183 === 1 || data183 === 2)) {
                            const err414 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/frontmatter-yaml/0", schemaPath: "#/$defs/rules/properties/frontmatter-yaml/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["frontmatter-yaml"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["frontmatter-yaml"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["frontmatter-yaml"].anyOf[1].prefixItems[0], data: data183 };
                            if (vErrors === null) {
                              vErrors = [err414];
                            } else {
                              vErrors.push(err414);
                            }
                            errors++;
                          }
                        }
                        const len89 = data182.length;
                        if (!(len89 <= 1)) {
                          const err415 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/frontmatter-yaml", schemaPath: "#/$defs/rules/properties/frontmatter-yaml/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["frontmatter-yaml"].anyOf[1], data: data182 };
                          if (vErrors === null) {
                            vErrors = [err415];
                          } else {
                            vErrors.push(err415);
                          }
                          errors++;
                        }
                      } else {
                        const err416 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/frontmatter-yaml", schemaPath: "#/$defs/rules/properties/frontmatter-yaml/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["frontmatter-yaml"].anyOf[1].type, parentSchema: schema67.properties["frontmatter-yaml"].anyOf[1], data: data182 };
                        if (vErrors === null) {
                          vErrors = [err416];
                        } else {
                          vErrors.push(err416);
                        }
                        errors++;
                      }
                      var _valid38 = _errs484 === errors;
                      valid142 = valid142 || _valid38;
                      if (!valid142) {
                        const err417 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/frontmatter-yaml", schemaPath: "#/$defs/rules/properties/frontmatter-yaml/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["frontmatter-yaml"].anyOf, parentSchema: schema67.properties["frontmatter-yaml"], data: data182 };
                        if (vErrors === null) {
                          vErrors = [err417];
                        } else {
                          vErrors.push(err417);
                        }
                        errors++;
                      } else {
                        errors = _errs482;
                        if (vErrors !== null) {
                          if (_errs482) {
                            vErrors.length = _errs482;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data171["label-values"] !== void 0) {
                      let data184 = data171["label-values"];
                      const _errs488 = errors;
                      let valid144 = false;
                      const _errs489 = errors;
                      if (!(data184 === "off" || data184 === "warn" || data184 === "error" || data184 === 0 || data184 === 1 || data184 === 2)) {
                        const err418 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/label-values", schemaPath: "#/$defs/rules/properties/label-values/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["label-values"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["label-values"].anyOf[0].enum, parentSchema: schema67.properties["label-values"].anyOf[0], data: data184 };
                        if (vErrors === null) {
                          vErrors = [err418];
                        } else {
                          vErrors.push(err418);
                        }
                        errors++;
                      }
                      var _valid39 = _errs489 === errors;
                      valid144 = valid144 || _valid39;
                      const _errs490 = errors;
                      if (Array.isArray(data184)) {
                        if (data184.length > 1) {
                          const err419 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/label-values", schemaPath: "#/$defs/rules/properties/label-values/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["label-values"].anyOf[1], data: data184 };
                          if (vErrors === null) {
                            vErrors = [err419];
                          } else {
                            vErrors.push(err419);
                          }
                          errors++;
                        }
                        if (data184.length < 1) {
                          const err420 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/label-values", schemaPath: "#/$defs/rules/properties/label-values/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["label-values"].anyOf[1], data: data184 };
                          if (vErrors === null) {
                            vErrors = [err420];
                          } else {
                            vErrors.push(err420);
                          }
                          errors++;
                        }
                        const len90 = data184.length;
                        if (len90 > 0) {
                          let data185 = data184[0];
                          if (!(data185 === "off" || data185 === "warn" || data185 === "error" || data185 === 0 || data185 === 1 || data185 === 2)) {
                            const err421 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/label-values/0", schemaPath: "#/$defs/rules/properties/label-values/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["label-values"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["label-values"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["label-values"].anyOf[1].prefixItems[0], data: data185 };
                            if (vErrors === null) {
                              vErrors = [err421];
                            } else {
                              vErrors.push(err421);
                            }
                            errors++;
                          }
                        }
                        const len91 = data184.length;
                        if (!(len91 <= 1)) {
                          const err422 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/label-values", schemaPath: "#/$defs/rules/properties/label-values/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["label-values"].anyOf[1], data: data184 };
                          if (vErrors === null) {
                            vErrors = [err422];
                          } else {
                            vErrors.push(err422);
                          }
                          errors++;
                        }
                      } else {
                        const err423 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/label-values", schemaPath: "#/$defs/rules/properties/label-values/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["label-values"].anyOf[1].type, parentSchema: schema67.properties["label-values"].anyOf[1], data: data184 };
                        if (vErrors === null) {
                          vErrors = [err423];
                        } else {
                          vErrors.push(err423);
                        }
                        errors++;
                      }
                      var _valid39 = _errs490 === errors;
                      valid144 = valid144 || _valid39;
                      if (!valid144) {
                        const err424 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/label-values", schemaPath: "#/$defs/rules/properties/label-values/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["label-values"].anyOf, parentSchema: schema67.properties["label-values"], data: data184 };
                        if (vErrors === null) {
                          vErrors = [err424];
                        } else {
                          vErrors.push(err424);
                        }
                        errors++;
                      } else {
                        errors = _errs488;
                        if (vErrors !== null) {
                          if (_errs488) {
                            vErrors.length = _errs488;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data171["link-anchor"] !== void 0) {
                      let data186 = data171["link-anchor"];
                      const _errs494 = errors;
                      let valid146 = false;
                      const _errs495 = errors;
                      if (!(data186 === "off" || data186 === "warn" || data186 === "error" || data186 === 0 || data186 === 1 || data186 === 2)) {
                        const err425 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/link-anchor", schemaPath: "#/$defs/rules/properties/link-anchor/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["link-anchor"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["link-anchor"].anyOf[0].enum, parentSchema: schema67.properties["link-anchor"].anyOf[0], data: data186 };
                        if (vErrors === null) {
                          vErrors = [err425];
                        } else {
                          vErrors.push(err425);
                        }
                        errors++;
                      }
                      var _valid40 = _errs495 === errors;
                      valid146 = valid146 || _valid40;
                      const _errs496 = errors;
                      if (Array.isArray(data186)) {
                        if (data186.length > 1) {
                          const err426 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/link-anchor", schemaPath: "#/$defs/rules/properties/link-anchor/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["link-anchor"].anyOf[1], data: data186 };
                          if (vErrors === null) {
                            vErrors = [err426];
                          } else {
                            vErrors.push(err426);
                          }
                          errors++;
                        }
                        if (data186.length < 1) {
                          const err427 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/link-anchor", schemaPath: "#/$defs/rules/properties/link-anchor/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["link-anchor"].anyOf[1], data: data186 };
                          if (vErrors === null) {
                            vErrors = [err427];
                          } else {
                            vErrors.push(err427);
                          }
                          errors++;
                        }
                        const len92 = data186.length;
                        if (len92 > 0) {
                          let data187 = data186[0];
                          if (!(data187 === "off" || data187 === "warn" || data187 === "error" || data187 === 0 || data187 === 1 || data187 === 2)) {
                            const err428 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/link-anchor/0", schemaPath: "#/$defs/rules/properties/link-anchor/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["link-anchor"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["link-anchor"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["link-anchor"].anyOf[1].prefixItems[0], data: data187 };
                            if (vErrors === null) {
                              vErrors = [err428];
                            } else {
                              vErrors.push(err428);
                            }
                            errors++;
                          }
                        }
                        const len93 = data186.length;
                        if (!(len93 <= 1)) {
                          const err429 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/link-anchor", schemaPath: "#/$defs/rules/properties/link-anchor/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["link-anchor"].anyOf[1], data: data186 };
                          if (vErrors === null) {
                            vErrors = [err429];
                          } else {
                            vErrors.push(err429);
                          }
                          errors++;
                        }
                      } else {
                        const err430 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/link-anchor", schemaPath: "#/$defs/rules/properties/link-anchor/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["link-anchor"].anyOf[1].type, parentSchema: schema67.properties["link-anchor"].anyOf[1], data: data186 };
                        if (vErrors === null) {
                          vErrors = [err430];
                        } else {
                          vErrors.push(err430);
                        }
                        errors++;
                      }
                      var _valid40 = _errs496 === errors;
                      valid146 = valid146 || _valid40;
                      if (!valid146) {
                        const err431 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/link-anchor", schemaPath: "#/$defs/rules/properties/link-anchor/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["link-anchor"].anyOf, parentSchema: schema67.properties["link-anchor"], data: data186 };
                        if (vErrors === null) {
                          vErrors = [err431];
                        } else {
                          vErrors.push(err431);
                        }
                        errors++;
                      } else {
                        errors = _errs494;
                        if (vErrors !== null) {
                          if (_errs494) {
                            vErrors.length = _errs494;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data171["link-live-site"] !== void 0) {
                      let data188 = data171["link-live-site"];
                      const _errs500 = errors;
                      let valid148 = false;
                      const _errs501 = errors;
                      if (!(data188 === "off" || data188 === "warn" || data188 === "error" || data188 === 0 || data188 === 1 || data188 === 2)) {
                        const err432 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/link-live-site", schemaPath: "#/$defs/rules/properties/link-live-site/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["link-live-site"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["link-live-site"].anyOf[0].enum, parentSchema: schema67.properties["link-live-site"].anyOf[0], data: data188 };
                        if (vErrors === null) {
                          vErrors = [err432];
                        } else {
                          vErrors.push(err432);
                        }
                        errors++;
                      }
                      var _valid41 = _errs501 === errors;
                      valid148 = valid148 || _valid41;
                      const _errs502 = errors;
                      if (Array.isArray(data188)) {
                        if (data188.length > 1) {
                          const err433 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/link-live-site", schemaPath: "#/$defs/rules/properties/link-live-site/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["link-live-site"].anyOf[1], data: data188 };
                          if (vErrors === null) {
                            vErrors = [err433];
                          } else {
                            vErrors.push(err433);
                          }
                          errors++;
                        }
                        if (data188.length < 1) {
                          const err434 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/link-live-site", schemaPath: "#/$defs/rules/properties/link-live-site/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["link-live-site"].anyOf[1], data: data188 };
                          if (vErrors === null) {
                            vErrors = [err434];
                          } else {
                            vErrors.push(err434);
                          }
                          errors++;
                        }
                        const len94 = data188.length;
                        if (len94 > 0) {
                          let data189 = data188[0];
                          if (!(data189 === "off" || data189 === "warn" || data189 === "error" || data189 === 0 || data189 === 1 || data189 === 2)) {
                            const err435 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/link-live-site/0", schemaPath: "#/$defs/rules/properties/link-live-site/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["link-live-site"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["link-live-site"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["link-live-site"].anyOf[1].prefixItems[0], data: data189 };
                            if (vErrors === null) {
                              vErrors = [err435];
                            } else {
                              vErrors.push(err435);
                            }
                            errors++;
                          }
                        }
                        const len95 = data188.length;
                        if (!(len95 <= 1)) {
                          const err436 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/link-live-site", schemaPath: "#/$defs/rules/properties/link-live-site/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["link-live-site"].anyOf[1], data: data188 };
                          if (vErrors === null) {
                            vErrors = [err436];
                          } else {
                            vErrors.push(err436);
                          }
                          errors++;
                        }
                      } else {
                        const err437 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/link-live-site", schemaPath: "#/$defs/rules/properties/link-live-site/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["link-live-site"].anyOf[1].type, parentSchema: schema67.properties["link-live-site"].anyOf[1], data: data188 };
                        if (vErrors === null) {
                          vErrors = [err437];
                        } else {
                          vErrors.push(err437);
                        }
                        errors++;
                      }
                      var _valid41 = _errs502 === errors;
                      valid148 = valid148 || _valid41;
                      if (!valid148) {
                        const err438 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/link-live-site", schemaPath: "#/$defs/rules/properties/link-live-site/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["link-live-site"].anyOf, parentSchema: schema67.properties["link-live-site"], data: data188 };
                        if (vErrors === null) {
                          vErrors = [err438];
                        } else {
                          vErrors.push(err438);
                        }
                        errors++;
                      } else {
                        errors = _errs500;
                        if (vErrors !== null) {
                          if (_errs500) {
                            vErrors.length = _errs500;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data171["link-target"] !== void 0) {
                      let data190 = data171["link-target"];
                      const _errs506 = errors;
                      let valid150 = false;
                      const _errs507 = errors;
                      if (!(data190 === "off" || data190 === "warn" || data190 === "error" || data190 === 0 || data190 === 1 || data190 === 2)) {
                        const err439 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/link-target", schemaPath: "#/$defs/rules/properties/link-target/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["link-target"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["link-target"].anyOf[0].enum, parentSchema: schema67.properties["link-target"].anyOf[0], data: data190 };
                        if (vErrors === null) {
                          vErrors = [err439];
                        } else {
                          vErrors.push(err439);
                        }
                        errors++;
                      }
                      var _valid42 = _errs507 === errors;
                      valid150 = valid150 || _valid42;
                      const _errs508 = errors;
                      if (Array.isArray(data190)) {
                        if (data190.length > 1) {
                          const err440 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/link-target", schemaPath: "#/$defs/rules/properties/link-target/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["link-target"].anyOf[1], data: data190 };
                          if (vErrors === null) {
                            vErrors = [err440];
                          } else {
                            vErrors.push(err440);
                          }
                          errors++;
                        }
                        if (data190.length < 1) {
                          const err441 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/link-target", schemaPath: "#/$defs/rules/properties/link-target/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["link-target"].anyOf[1], data: data190 };
                          if (vErrors === null) {
                            vErrors = [err441];
                          } else {
                            vErrors.push(err441);
                          }
                          errors++;
                        }
                        const len96 = data190.length;
                        if (len96 > 0) {
                          let data191 = data190[0];
                          if (!(data191 === "off" || data191 === "warn" || data191 === "error" || data191 === 0 || data191 === 1 || data191 === 2)) {
                            const err442 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/link-target/0", schemaPath: "#/$defs/rules/properties/link-target/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["link-target"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["link-target"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["link-target"].anyOf[1].prefixItems[0], data: data191 };
                            if (vErrors === null) {
                              vErrors = [err442];
                            } else {
                              vErrors.push(err442);
                            }
                            errors++;
                          }
                        }
                        const len97 = data190.length;
                        if (!(len97 <= 1)) {
                          const err443 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/link-target", schemaPath: "#/$defs/rules/properties/link-target/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["link-target"].anyOf[1], data: data190 };
                          if (vErrors === null) {
                            vErrors = [err443];
                          } else {
                            vErrors.push(err443);
                          }
                          errors++;
                        }
                      } else {
                        const err444 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/link-target", schemaPath: "#/$defs/rules/properties/link-target/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["link-target"].anyOf[1].type, parentSchema: schema67.properties["link-target"].anyOf[1], data: data190 };
                        if (vErrors === null) {
                          vErrors = [err444];
                        } else {
                          vErrors.push(err444);
                        }
                        errors++;
                      }
                      var _valid42 = _errs508 === errors;
                      valid150 = valid150 || _valid42;
                      if (!valid150) {
                        const err445 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/link-target", schemaPath: "#/$defs/rules/properties/link-target/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["link-target"].anyOf, parentSchema: schema67.properties["link-target"], data: data190 };
                        if (vErrors === null) {
                          vErrors = [err445];
                        } else {
                          vErrors.push(err445);
                        }
                        errors++;
                      } else {
                        errors = _errs506;
                        if (vErrors !== null) {
                          if (_errs506) {
                            vErrors.length = _errs506;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data171["lint-directives"] !== void 0) {
                      let data192 = data171["lint-directives"];
                      const _errs512 = errors;
                      let valid152 = false;
                      const _errs513 = errors;
                      if (!(data192 === "off" || data192 === "warn" || data192 === "error" || data192 === 0 || data192 === 1 || data192 === 2)) {
                        const err446 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/lint-directives", schemaPath: "#/$defs/rules/properties/lint-directives/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["lint-directives"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["lint-directives"].anyOf[0].enum, parentSchema: schema67.properties["lint-directives"].anyOf[0], data: data192 };
                        if (vErrors === null) {
                          vErrors = [err446];
                        } else {
                          vErrors.push(err446);
                        }
                        errors++;
                      }
                      var _valid43 = _errs513 === errors;
                      valid152 = valid152 || _valid43;
                      const _errs514 = errors;
                      if (Array.isArray(data192)) {
                        if (data192.length > 1) {
                          const err447 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/lint-directives", schemaPath: "#/$defs/rules/properties/lint-directives/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["lint-directives"].anyOf[1], data: data192 };
                          if (vErrors === null) {
                            vErrors = [err447];
                          } else {
                            vErrors.push(err447);
                          }
                          errors++;
                        }
                        if (data192.length < 1) {
                          const err448 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/lint-directives", schemaPath: "#/$defs/rules/properties/lint-directives/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["lint-directives"].anyOf[1], data: data192 };
                          if (vErrors === null) {
                            vErrors = [err448];
                          } else {
                            vErrors.push(err448);
                          }
                          errors++;
                        }
                        const len98 = data192.length;
                        if (len98 > 0) {
                          let data193 = data192[0];
                          if (!(data193 === "off" || data193 === "warn" || data193 === "error" || data193 === 0 || data193 === 1 || data193 === 2)) {
                            const err449 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/lint-directives/0", schemaPath: "#/$defs/rules/properties/lint-directives/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["lint-directives"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["lint-directives"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["lint-directives"].anyOf[1].prefixItems[0], data: data193 };
                            if (vErrors === null) {
                              vErrors = [err449];
                            } else {
                              vErrors.push(err449);
                            }
                            errors++;
                          }
                        }
                        const len99 = data192.length;
                        if (!(len99 <= 1)) {
                          const err450 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/lint-directives", schemaPath: "#/$defs/rules/properties/lint-directives/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["lint-directives"].anyOf[1], data: data192 };
                          if (vErrors === null) {
                            vErrors = [err450];
                          } else {
                            vErrors.push(err450);
                          }
                          errors++;
                        }
                      } else {
                        const err451 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/lint-directives", schemaPath: "#/$defs/rules/properties/lint-directives/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["lint-directives"].anyOf[1].type, parentSchema: schema67.properties["lint-directives"].anyOf[1], data: data192 };
                        if (vErrors === null) {
                          vErrors = [err451];
                        } else {
                          vErrors.push(err451);
                        }
                        errors++;
                      }
                      var _valid43 = _errs514 === errors;
                      valid152 = valid152 || _valid43;
                      if (!valid152) {
                        const err452 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/lint-directives", schemaPath: "#/$defs/rules/properties/lint-directives/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["lint-directives"].anyOf, parentSchema: schema67.properties["lint-directives"], data: data192 };
                        if (vErrors === null) {
                          vErrors = [err452];
                        } else {
                          vErrors.push(err452);
                        }
                        errors++;
                      } else {
                        errors = _errs512;
                        if (vErrors !== null) {
                          if (_errs512) {
                            vErrors.length = _errs512;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data171["reference-duplicate"] !== void 0) {
                      let data194 = data171["reference-duplicate"];
                      const _errs518 = errors;
                      let valid154 = false;
                      const _errs519 = errors;
                      if (!(data194 === "off" || data194 === "warn" || data194 === "error" || data194 === 0 || data194 === 1 || data194 === 2)) {
                        const err453 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/reference-duplicate", schemaPath: "#/$defs/rules/properties/reference-duplicate/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["reference-duplicate"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["reference-duplicate"].anyOf[0].enum, parentSchema: schema67.properties["reference-duplicate"].anyOf[0], data: data194 };
                        if (vErrors === null) {
                          vErrors = [err453];
                        } else {
                          vErrors.push(err453);
                        }
                        errors++;
                      }
                      var _valid44 = _errs519 === errors;
                      valid154 = valid154 || _valid44;
                      const _errs520 = errors;
                      if (Array.isArray(data194)) {
                        if (data194.length > 1) {
                          const err454 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/reference-duplicate", schemaPath: "#/$defs/rules/properties/reference-duplicate/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["reference-duplicate"].anyOf[1], data: data194 };
                          if (vErrors === null) {
                            vErrors = [err454];
                          } else {
                            vErrors.push(err454);
                          }
                          errors++;
                        }
                        if (data194.length < 1) {
                          const err455 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/reference-duplicate", schemaPath: "#/$defs/rules/properties/reference-duplicate/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["reference-duplicate"].anyOf[1], data: data194 };
                          if (vErrors === null) {
                            vErrors = [err455];
                          } else {
                            vErrors.push(err455);
                          }
                          errors++;
                        }
                        const len100 = data194.length;
                        if (len100 > 0) {
                          let data195 = data194[0];
                          if (!(data195 === "off" || data195 === "warn" || data195 === "error" || data195 === 0 || data195 === 1 || data195 === 2)) {
                            const err456 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/reference-duplicate/0", schemaPath: "#/$defs/rules/properties/reference-duplicate/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["reference-duplicate"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["reference-duplicate"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["reference-duplicate"].anyOf[1].prefixItems[0], data: data195 };
                            if (vErrors === null) {
                              vErrors = [err456];
                            } else {
                              vErrors.push(err456);
                            }
                            errors++;
                          }
                        }
                        const len101 = data194.length;
                        if (!(len101 <= 1)) {
                          const err457 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/reference-duplicate", schemaPath: "#/$defs/rules/properties/reference-duplicate/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["reference-duplicate"].anyOf[1], data: data194 };
                          if (vErrors === null) {
                            vErrors = [err457];
                          } else {
                            vErrors.push(err457);
                          }
                          errors++;
                        }
                      } else {
                        const err458 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/reference-duplicate", schemaPath: "#/$defs/rules/properties/reference-duplicate/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["reference-duplicate"].anyOf[1].type, parentSchema: schema67.properties["reference-duplicate"].anyOf[1], data: data194 };
                        if (vErrors === null) {
                          vErrors = [err458];
                        } else {
                          vErrors.push(err458);
                        }
                        errors++;
                      }
                      var _valid44 = _errs520 === errors;
                      valid154 = valid154 || _valid44;
                      if (!valid154) {
                        const err459 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/reference-duplicate", schemaPath: "#/$defs/rules/properties/reference-duplicate/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["reference-duplicate"].anyOf, parentSchema: schema67.properties["reference-duplicate"], data: data194 };
                        if (vErrors === null) {
                          vErrors = [err459];
                        } else {
                          vErrors.push(err459);
                        }
                        errors++;
                      } else {
                        errors = _errs518;
                        if (vErrors !== null) {
                          if (_errs518) {
                            vErrors.length = _errs518;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data171["reference-exists"] !== void 0) {
                      let data196 = data171["reference-exists"];
                      const _errs524 = errors;
                      let valid156 = false;
                      const _errs525 = errors;
                      if (!(data196 === "off" || data196 === "warn" || data196 === "error" || data196 === 0 || data196 === 1 || data196 === 2)) {
                        const err460 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/reference-exists", schemaPath: "#/$defs/rules/properties/reference-exists/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["reference-exists"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["reference-exists"].anyOf[0].enum, parentSchema: schema67.properties["reference-exists"].anyOf[0], data: data196 };
                        if (vErrors === null) {
                          vErrors = [err460];
                        } else {
                          vErrors.push(err460);
                        }
                        errors++;
                      }
                      var _valid45 = _errs525 === errors;
                      valid156 = valid156 || _valid45;
                      const _errs526 = errors;
                      if (Array.isArray(data196)) {
                        if (data196.length > 1) {
                          const err461 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/reference-exists", schemaPath: "#/$defs/rules/properties/reference-exists/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["reference-exists"].anyOf[1], data: data196 };
                          if (vErrors === null) {
                            vErrors = [err461];
                          } else {
                            vErrors.push(err461);
                          }
                          errors++;
                        }
                        if (data196.length < 1) {
                          const err462 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/reference-exists", schemaPath: "#/$defs/rules/properties/reference-exists/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["reference-exists"].anyOf[1], data: data196 };
                          if (vErrors === null) {
                            vErrors = [err462];
                          } else {
                            vErrors.push(err462);
                          }
                          errors++;
                        }
                        const len102 = data196.length;
                        if (len102 > 0) {
                          let data197 = data196[0];
                          if (!(data197 === "off" || data197 === "warn" || data197 === "error" || data197 === 0 || data197 === 1 || data197 === 2)) {
                            const err463 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/reference-exists/0", schemaPath: "#/$defs/rules/properties/reference-exists/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["reference-exists"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["reference-exists"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["reference-exists"].anyOf[1].prefixItems[0], data: data197 };
                            if (vErrors === null) {
                              vErrors = [err463];
                            } else {
                              vErrors.push(err463);
                            }
                            errors++;
                          }
                        }
                        const len103 = data196.length;
                        if (!(len103 <= 1)) {
                          const err464 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/reference-exists", schemaPath: "#/$defs/rules/properties/reference-exists/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["reference-exists"].anyOf[1], data: data196 };
                          if (vErrors === null) {
                            vErrors = [err464];
                          } else {
                            vErrors.push(err464);
                          }
                          errors++;
                        }
                      } else {
                        const err465 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/reference-exists", schemaPath: "#/$defs/rules/properties/reference-exists/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["reference-exists"].anyOf[1].type, parentSchema: schema67.properties["reference-exists"].anyOf[1], data: data196 };
                        if (vErrors === null) {
                          vErrors = [err465];
                        } else {
                          vErrors.push(err465);
                        }
                        errors++;
                      }
                      var _valid45 = _errs526 === errors;
                      valid156 = valid156 || _valid45;
                      if (!valid156) {
                        const err466 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/reference-exists", schemaPath: "#/$defs/rules/properties/reference-exists/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["reference-exists"].anyOf, parentSchema: schema67.properties["reference-exists"], data: data196 };
                        if (vErrors === null) {
                          vErrors = [err466];
                        } else {
                          vErrors.push(err466);
                        }
                        errors++;
                      } else {
                        errors = _errs524;
                        if (vErrors !== null) {
                          if (_errs524) {
                            vErrors.length = _errs524;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data171["required-sections"] !== void 0) {
                      let data198 = data171["required-sections"];
                      const _errs530 = errors;
                      let valid158 = false;
                      const _errs531 = errors;
                      if (!(data198 === "off" || data198 === "warn" || data198 === "error" || data198 === 0 || data198 === 1 || data198 === 2)) {
                        const err467 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/required-sections", schemaPath: "#/$defs/rules/properties/required-sections/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["required-sections"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["required-sections"].anyOf[0].enum, parentSchema: schema67.properties["required-sections"].anyOf[0], data: data198 };
                        if (vErrors === null) {
                          vErrors = [err467];
                        } else {
                          vErrors.push(err467);
                        }
                        errors++;
                      }
                      var _valid46 = _errs531 === errors;
                      valid158 = valid158 || _valid46;
                      const _errs532 = errors;
                      if (Array.isArray(data198)) {
                        if (data198.length > 1) {
                          const err468 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/required-sections", schemaPath: "#/$defs/rules/properties/required-sections/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["required-sections"].anyOf[1], data: data198 };
                          if (vErrors === null) {
                            vErrors = [err468];
                          } else {
                            vErrors.push(err468);
                          }
                          errors++;
                        }
                        if (data198.length < 1) {
                          const err469 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/required-sections", schemaPath: "#/$defs/rules/properties/required-sections/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["required-sections"].anyOf[1], data: data198 };
                          if (vErrors === null) {
                            vErrors = [err469];
                          } else {
                            vErrors.push(err469);
                          }
                          errors++;
                        }
                        const len104 = data198.length;
                        if (len104 > 0) {
                          let data199 = data198[0];
                          if (!(data199 === "off" || data199 === "warn" || data199 === "error" || data199 === 0 || data199 === 1 || data199 === 2)) {
                            const err470 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/required-sections/0", schemaPath: "#/$defs/rules/properties/required-sections/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["required-sections"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["required-sections"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["required-sections"].anyOf[1].prefixItems[0], data: data199 };
                            if (vErrors === null) {
                              vErrors = [err470];
                            } else {
                              vErrors.push(err470);
                            }
                            errors++;
                          }
                        }
                        const len105 = data198.length;
                        if (!(len105 <= 1)) {
                          const err471 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/required-sections", schemaPath: "#/$defs/rules/properties/required-sections/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["required-sections"].anyOf[1], data: data198 };
                          if (vErrors === null) {
                            vErrors = [err471];
                          } else {
                            vErrors.push(err471);
                          }
                          errors++;
                        }
                      } else {
                        const err472 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/required-sections", schemaPath: "#/$defs/rules/properties/required-sections/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["required-sections"].anyOf[1].type, parentSchema: schema67.properties["required-sections"].anyOf[1], data: data198 };
                        if (vErrors === null) {
                          vErrors = [err472];
                        } else {
                          vErrors.push(err472);
                        }
                        errors++;
                      }
                      var _valid46 = _errs532 === errors;
                      valid158 = valid158 || _valid46;
                      if (!valid158) {
                        const err473 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/required-sections", schemaPath: "#/$defs/rules/properties/required-sections/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["required-sections"].anyOf, parentSchema: schema67.properties["required-sections"], data: data198 };
                        if (vErrors === null) {
                          vErrors = [err473];
                        } else {
                          vErrors.push(err473);
                        }
                        errors++;
                      } else {
                        errors = _errs530;
                        if (vErrors !== null) {
                          if (_errs530) {
                            vErrors.length = _errs530;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data171["section-empty"] !== void 0) {
                      let data200 = data171["section-empty"];
                      const _errs536 = errors;
                      let valid160 = false;
                      const _errs537 = errors;
                      if (!(data200 === "off" || data200 === "warn" || data200 === "error" || data200 === 0 || data200 === 1 || data200 === 2)) {
                        const err474 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/section-empty", schemaPath: "#/$defs/rules/properties/section-empty/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["section-empty"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["section-empty"].anyOf[0].enum, parentSchema: schema67.properties["section-empty"].anyOf[0], data: data200 };
                        if (vErrors === null) {
                          vErrors = [err474];
                        } else {
                          vErrors.push(err474);
                        }
                        errors++;
                      }
                      var _valid47 = _errs537 === errors;
                      valid160 = valid160 || _valid47;
                      const _errs538 = errors;
                      if (Array.isArray(data200)) {
                        if (data200.length > 1) {
                          const err475 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/section-empty", schemaPath: "#/$defs/rules/properties/section-empty/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["section-empty"].anyOf[1], data: data200 };
                          if (vErrors === null) {
                            vErrors = [err475];
                          } else {
                            vErrors.push(err475);
                          }
                          errors++;
                        }
                        if (data200.length < 1) {
                          const err476 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/section-empty", schemaPath: "#/$defs/rules/properties/section-empty/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["section-empty"].anyOf[1], data: data200 };
                          if (vErrors === null) {
                            vErrors = [err476];
                          } else {
                            vErrors.push(err476);
                          }
                          errors++;
                        }
                        const len106 = data200.length;
                        if (len106 > 0) {
                          let data201 = data200[0];
                          if (!(data201 === "off" || data201 === "warn" || data201 === "error" || data201 === 0 || data201 === 1 || data201 === 2)) {
                            const err477 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/section-empty/0", schemaPath: "#/$defs/rules/properties/section-empty/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["section-empty"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["section-empty"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["section-empty"].anyOf[1].prefixItems[0], data: data201 };
                            if (vErrors === null) {
                              vErrors = [err477];
                            } else {
                              vErrors.push(err477);
                            }
                            errors++;
                          }
                        }
                        const len107 = data200.length;
                        if (!(len107 <= 1)) {
                          const err478 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/section-empty", schemaPath: "#/$defs/rules/properties/section-empty/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["section-empty"].anyOf[1], data: data200 };
                          if (vErrors === null) {
                            vErrors = [err478];
                          } else {
                            vErrors.push(err478);
                          }
                          errors++;
                        }
                      } else {
                        const err479 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/section-empty", schemaPath: "#/$defs/rules/properties/section-empty/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["section-empty"].anyOf[1].type, parentSchema: schema67.properties["section-empty"].anyOf[1], data: data200 };
                        if (vErrors === null) {
                          vErrors = [err479];
                        } else {
                          vErrors.push(err479);
                        }
                        errors++;
                      }
                      var _valid47 = _errs538 === errors;
                      valid160 = valid160 || _valid47;
                      if (!valid160) {
                        const err480 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/section-empty", schemaPath: "#/$defs/rules/properties/section-empty/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["section-empty"].anyOf, parentSchema: schema67.properties["section-empty"], data: data200 };
                        if (vErrors === null) {
                          vErrors = [err480];
                        } else {
                          vErrors.push(err480);
                        }
                        errors++;
                      } else {
                        errors = _errs536;
                        if (vErrors !== null) {
                          if (_errs536) {
                            vErrors.length = _errs536;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data171["section-order"] !== void 0) {
                      let data202 = data171["section-order"];
                      const _errs542 = errors;
                      let valid162 = false;
                      const _errs543 = errors;
                      if (!(data202 === "off" || data202 === "warn" || data202 === "error" || data202 === 0 || data202 === 1 || data202 === 2)) {
                        const err481 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/section-order", schemaPath: "#/$defs/rules/properties/section-order/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["section-order"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["section-order"].anyOf[0].enum, parentSchema: schema67.properties["section-order"].anyOf[0], data: data202 };
                        if (vErrors === null) {
                          vErrors = [err481];
                        } else {
                          vErrors.push(err481);
                        }
                        errors++;
                      }
                      var _valid48 = _errs543 === errors;
                      valid162 = valid162 || _valid48;
                      const _errs544 = errors;
                      if (Array.isArray(data202)) {
                        if (data202.length > 1) {
                          const err482 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/section-order", schemaPath: "#/$defs/rules/properties/section-order/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["section-order"].anyOf[1], data: data202 };
                          if (vErrors === null) {
                            vErrors = [err482];
                          } else {
                            vErrors.push(err482);
                          }
                          errors++;
                        }
                        if (data202.length < 1) {
                          const err483 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/section-order", schemaPath: "#/$defs/rules/properties/section-order/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["section-order"].anyOf[1], data: data202 };
                          if (vErrors === null) {
                            vErrors = [err483];
                          } else {
                            vErrors.push(err483);
                          }
                          errors++;
                        }
                        const len108 = data202.length;
                        if (len108 > 0) {
                          let data203 = data202[0];
                          if (!(data203 === "off" || data203 === "warn" || data203 === "error" || data203 === 0 || data203 === 1 || data203 === 2)) {
                            const err484 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/section-order/0", schemaPath: "#/$defs/rules/properties/section-order/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["section-order"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["section-order"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["section-order"].anyOf[1].prefixItems[0], data: data203 };
                            if (vErrors === null) {
                              vErrors = [err484];
                            } else {
                              vErrors.push(err484);
                            }
                            errors++;
                          }
                        }
                        const len109 = data202.length;
                        if (!(len109 <= 1)) {
                          const err485 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/section-order", schemaPath: "#/$defs/rules/properties/section-order/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["section-order"].anyOf[1], data: data202 };
                          if (vErrors === null) {
                            vErrors = [err485];
                          } else {
                            vErrors.push(err485);
                          }
                          errors++;
                        }
                      } else {
                        const err486 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/section-order", schemaPath: "#/$defs/rules/properties/section-order/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["section-order"].anyOf[1].type, parentSchema: schema67.properties["section-order"].anyOf[1], data: data202 };
                        if (vErrors === null) {
                          vErrors = [err486];
                        } else {
                          vErrors.push(err486);
                        }
                        errors++;
                      }
                      var _valid48 = _errs544 === errors;
                      valid162 = valid162 || _valid48;
                      if (!valid162) {
                        const err487 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/section-order", schemaPath: "#/$defs/rules/properties/section-order/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["section-order"].anyOf, parentSchema: schema67.properties["section-order"], data: data202 };
                        if (vErrors === null) {
                          vErrors = [err487];
                        } else {
                          vErrors.push(err487);
                        }
                        errors++;
                      } else {
                        errors = _errs542;
                        if (vErrors !== null) {
                          if (_errs542) {
                            vErrors.length = _errs542;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data171["site-markers"] !== void 0) {
                      let data204 = data171["site-markers"];
                      const _errs548 = errors;
                      let valid164 = false;
                      const _errs549 = errors;
                      if (!(data204 === "off" || data204 === "warn" || data204 === "error" || data204 === 0 || data204 === 1 || data204 === 2)) {
                        const err488 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/site-markers", schemaPath: "#/$defs/rules/properties/site-markers/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["site-markers"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["site-markers"].anyOf[0].enum, parentSchema: schema67.properties["site-markers"].anyOf[0], data: data204 };
                        if (vErrors === null) {
                          vErrors = [err488];
                        } else {
                          vErrors.push(err488);
                        }
                        errors++;
                      }
                      var _valid49 = _errs549 === errors;
                      valid164 = valid164 || _valid49;
                      const _errs550 = errors;
                      if (Array.isArray(data204)) {
                        if (data204.length > 1) {
                          const err489 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/site-markers", schemaPath: "#/$defs/rules/properties/site-markers/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["site-markers"].anyOf[1], data: data204 };
                          if (vErrors === null) {
                            vErrors = [err489];
                          } else {
                            vErrors.push(err489);
                          }
                          errors++;
                        }
                        if (data204.length < 1) {
                          const err490 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/site-markers", schemaPath: "#/$defs/rules/properties/site-markers/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["site-markers"].anyOf[1], data: data204 };
                          if (vErrors === null) {
                            vErrors = [err490];
                          } else {
                            vErrors.push(err490);
                          }
                          errors++;
                        }
                        const len110 = data204.length;
                        if (len110 > 0) {
                          let data205 = data204[0];
                          if (!(data205 === "off" || data205 === "warn" || data205 === "error" || data205 === 0 || data205 === 1 || data205 === 2)) {
                            const err491 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/site-markers/0", schemaPath: "#/$defs/rules/properties/site-markers/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["site-markers"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["site-markers"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["site-markers"].anyOf[1].prefixItems[0], data: data205 };
                            if (vErrors === null) {
                              vErrors = [err491];
                            } else {
                              vErrors.push(err491);
                            }
                            errors++;
                          }
                        }
                        const len111 = data204.length;
                        if (!(len111 <= 1)) {
                          const err492 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/site-markers", schemaPath: "#/$defs/rules/properties/site-markers/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["site-markers"].anyOf[1], data: data204 };
                          if (vErrors === null) {
                            vErrors = [err492];
                          } else {
                            vErrors.push(err492);
                          }
                          errors++;
                        }
                      } else {
                        const err493 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/site-markers", schemaPath: "#/$defs/rules/properties/site-markers/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["site-markers"].anyOf[1].type, parentSchema: schema67.properties["site-markers"].anyOf[1], data: data204 };
                        if (vErrors === null) {
                          vErrors = [err493];
                        } else {
                          vErrors.push(err493);
                        }
                        errors++;
                      }
                      var _valid49 = _errs550 === errors;
                      valid164 = valid164 || _valid49;
                      if (!valid164) {
                        const err494 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/site-markers", schemaPath: "#/$defs/rules/properties/site-markers/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["site-markers"].anyOf, parentSchema: schema67.properties["site-markers"], data: data204 };
                        if (vErrors === null) {
                          vErrors = [err494];
                        } else {
                          vErrors.push(err494);
                        }
                        errors++;
                      } else {
                        errors = _errs548;
                        if (vErrors !== null) {
                          if (_errs548) {
                            vErrors.length = _errs548;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data171["sources-code-exists"] !== void 0) {
                      let data206 = data171["sources-code-exists"];
                      const _errs554 = errors;
                      let valid166 = false;
                      const _errs555 = errors;
                      if (!(data206 === "off" || data206 === "warn" || data206 === "error" || data206 === 0 || data206 === 1 || data206 === 2)) {
                        const err495 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/sources-code-exists", schemaPath: "#/$defs/rules/properties/sources-code-exists/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["sources-code-exists"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["sources-code-exists"].anyOf[0].enum, parentSchema: schema67.properties["sources-code-exists"].anyOf[0], data: data206 };
                        if (vErrors === null) {
                          vErrors = [err495];
                        } else {
                          vErrors.push(err495);
                        }
                        errors++;
                      }
                      var _valid50 = _errs555 === errors;
                      valid166 = valid166 || _valid50;
                      const _errs556 = errors;
                      if (Array.isArray(data206)) {
                        if (data206.length > 1) {
                          const err496 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/sources-code-exists", schemaPath: "#/$defs/rules/properties/sources-code-exists/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["sources-code-exists"].anyOf[1], data: data206 };
                          if (vErrors === null) {
                            vErrors = [err496];
                          } else {
                            vErrors.push(err496);
                          }
                          errors++;
                        }
                        if (data206.length < 1) {
                          const err497 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/sources-code-exists", schemaPath: "#/$defs/rules/properties/sources-code-exists/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["sources-code-exists"].anyOf[1], data: data206 };
                          if (vErrors === null) {
                            vErrors = [err497];
                          } else {
                            vErrors.push(err497);
                          }
                          errors++;
                        }
                        const len112 = data206.length;
                        if (len112 > 0) {
                          let data207 = data206[0];
                          if (!(data207 === "off" || data207 === "warn" || data207 === "error" || data207 === 0 || data207 === 1 || data207 === 2)) {
                            const err498 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/sources-code-exists/0", schemaPath: "#/$defs/rules/properties/sources-code-exists/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["sources-code-exists"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["sources-code-exists"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["sources-code-exists"].anyOf[1].prefixItems[0], data: data207 };
                            if (vErrors === null) {
                              vErrors = [err498];
                            } else {
                              vErrors.push(err498);
                            }
                            errors++;
                          }
                        }
                        const len113 = data206.length;
                        if (!(len113 <= 1)) {
                          const err499 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/sources-code-exists", schemaPath: "#/$defs/rules/properties/sources-code-exists/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["sources-code-exists"].anyOf[1], data: data206 };
                          if (vErrors === null) {
                            vErrors = [err499];
                          } else {
                            vErrors.push(err499);
                          }
                          errors++;
                        }
                      } else {
                        const err500 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/sources-code-exists", schemaPath: "#/$defs/rules/properties/sources-code-exists/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["sources-code-exists"].anyOf[1].type, parentSchema: schema67.properties["sources-code-exists"].anyOf[1], data: data206 };
                        if (vErrors === null) {
                          vErrors = [err500];
                        } else {
                          vErrors.push(err500);
                        }
                        errors++;
                      }
                      var _valid50 = _errs556 === errors;
                      valid166 = valid166 || _valid50;
                      if (!valid166) {
                        const err501 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/sources-code-exists", schemaPath: "#/$defs/rules/properties/sources-code-exists/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["sources-code-exists"].anyOf, parentSchema: schema67.properties["sources-code-exists"], data: data206 };
                        if (vErrors === null) {
                          vErrors = [err501];
                        } else {
                          vErrors.push(err501);
                        }
                        errors++;
                      } else {
                        errors = _errs554;
                        if (vErrors !== null) {
                          if (_errs554) {
                            vErrors.length = _errs554;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data171["sources-code-quoted"] !== void 0) {
                      let data208 = data171["sources-code-quoted"];
                      const _errs560 = errors;
                      let valid168 = false;
                      const _errs561 = errors;
                      if (!(data208 === "off" || data208 === "warn" || data208 === "error" || data208 === 0 || data208 === 1 || data208 === 2)) {
                        const err502 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/sources-code-quoted", schemaPath: "#/$defs/rules/properties/sources-code-quoted/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["sources-code-quoted"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["sources-code-quoted"].anyOf[0].enum, parentSchema: schema67.properties["sources-code-quoted"].anyOf[0], data: data208 };
                        if (vErrors === null) {
                          vErrors = [err502];
                        } else {
                          vErrors.push(err502);
                        }
                        errors++;
                      }
                      var _valid51 = _errs561 === errors;
                      valid168 = valid168 || _valid51;
                      const _errs562 = errors;
                      if (Array.isArray(data208)) {
                        if (data208.length > 1) {
                          const err503 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/sources-code-quoted", schemaPath: "#/$defs/rules/properties/sources-code-quoted/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["sources-code-quoted"].anyOf[1], data: data208 };
                          if (vErrors === null) {
                            vErrors = [err503];
                          } else {
                            vErrors.push(err503);
                          }
                          errors++;
                        }
                        if (data208.length < 1) {
                          const err504 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/sources-code-quoted", schemaPath: "#/$defs/rules/properties/sources-code-quoted/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["sources-code-quoted"].anyOf[1], data: data208 };
                          if (vErrors === null) {
                            vErrors = [err504];
                          } else {
                            vErrors.push(err504);
                          }
                          errors++;
                        }
                        const len114 = data208.length;
                        if (len114 > 0) {
                          let data209 = data208[0];
                          if (!(data209 === "off" || data209 === "warn" || data209 === "error" || data209 === 0 || data209 === 1 || data209 === 2)) {
                            const err505 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/sources-code-quoted/0", schemaPath: "#/$defs/rules/properties/sources-code-quoted/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["sources-code-quoted"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["sources-code-quoted"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["sources-code-quoted"].anyOf[1].prefixItems[0], data: data209 };
                            if (vErrors === null) {
                              vErrors = [err505];
                            } else {
                              vErrors.push(err505);
                            }
                            errors++;
                          }
                        }
                        const len115 = data208.length;
                        if (!(len115 <= 1)) {
                          const err506 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/sources-code-quoted", schemaPath: "#/$defs/rules/properties/sources-code-quoted/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["sources-code-quoted"].anyOf[1], data: data208 };
                          if (vErrors === null) {
                            vErrors = [err506];
                          } else {
                            vErrors.push(err506);
                          }
                          errors++;
                        }
                      } else {
                        const err507 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/sources-code-quoted", schemaPath: "#/$defs/rules/properties/sources-code-quoted/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["sources-code-quoted"].anyOf[1].type, parentSchema: schema67.properties["sources-code-quoted"].anyOf[1], data: data208 };
                        if (vErrors === null) {
                          vErrors = [err507];
                        } else {
                          vErrors.push(err507);
                        }
                        errors++;
                      }
                      var _valid51 = _errs562 === errors;
                      valid168 = valid168 || _valid51;
                      if (!valid168) {
                        const err508 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/sources-code-quoted", schemaPath: "#/$defs/rules/properties/sources-code-quoted/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["sources-code-quoted"].anyOf, parentSchema: schema67.properties["sources-code-quoted"], data: data208 };
                        if (vErrors === null) {
                          vErrors = [err508];
                        } else {
                          vErrors.push(err508);
                        }
                        errors++;
                      } else {
                        errors = _errs560;
                        if (vErrors !== null) {
                          if (_errs560) {
                            vErrors.length = _errs560;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data171.spelling !== void 0) {
                      let data210 = data171.spelling;
                      const _errs566 = errors;
                      let valid170 = false;
                      const _errs567 = errors;
                      if (!(data210 === "off" || data210 === "warn" || data210 === "error" || data210 === 0 || data210 === 1 || data210 === 2)) {
                        const err509 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/spelling", schemaPath: "#/$defs/rules/properties/spelling/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties.spelling.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties.spelling.anyOf[0].enum, parentSchema: schema67.properties.spelling.anyOf[0], data: data210 };
                        if (vErrors === null) {
                          vErrors = [err509];
                        } else {
                          vErrors.push(err509);
                        }
                        errors++;
                      }
                      var _valid52 = _errs567 === errors;
                      valid170 = valid170 || _valid52;
                      const _errs568 = errors;
                      if (Array.isArray(data210)) {
                        if (data210.length > 1) {
                          const err510 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/spelling", schemaPath: "#/$defs/rules/properties/spelling/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties.spelling.anyOf[1], data: data210 };
                          if (vErrors === null) {
                            vErrors = [err510];
                          } else {
                            vErrors.push(err510);
                          }
                          errors++;
                        }
                        if (data210.length < 1) {
                          const err511 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/spelling", schemaPath: "#/$defs/rules/properties/spelling/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties.spelling.anyOf[1], data: data210 };
                          if (vErrors === null) {
                            vErrors = [err511];
                          } else {
                            vErrors.push(err511);
                          }
                          errors++;
                        }
                        const len116 = data210.length;
                        if (len116 > 0) {
                          let data211 = data210[0];
                          if (!(data211 === "off" || data211 === "warn" || data211 === "error" || data211 === 0 || data211 === 1 || data211 === 2)) {
                            const err512 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/spelling/0", schemaPath: "#/$defs/rules/properties/spelling/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties.spelling.anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties.spelling.anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties.spelling.anyOf[1].prefixItems[0], data: data211 };
                            if (vErrors === null) {
                              vErrors = [err512];
                            } else {
                              vErrors.push(err512);
                            }
                            errors++;
                          }
                        }
                        const len117 = data210.length;
                        if (!(len117 <= 1)) {
                          const err513 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/spelling", schemaPath: "#/$defs/rules/properties/spelling/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties.spelling.anyOf[1], data: data210 };
                          if (vErrors === null) {
                            vErrors = [err513];
                          } else {
                            vErrors.push(err513);
                          }
                          errors++;
                        }
                      } else {
                        const err514 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/spelling", schemaPath: "#/$defs/rules/properties/spelling/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties.spelling.anyOf[1].type, parentSchema: schema67.properties.spelling.anyOf[1], data: data210 };
                        if (vErrors === null) {
                          vErrors = [err514];
                        } else {
                          vErrors.push(err514);
                        }
                        errors++;
                      }
                      var _valid52 = _errs568 === errors;
                      valid170 = valid170 || _valid52;
                      if (_valid52) {
                        var items46 = true;
                      }
                      const _errs571 = errors;
                      if (Array.isArray(data210)) {
                        if (data210.length > 2) {
                          const err515 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/spelling", schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema67.properties.spelling.anyOf[2], data: data210 };
                          if (vErrors === null) {
                            vErrors = [err515];
                          } else {
                            vErrors.push(err515);
                          }
                          errors++;
                        }
                        if (data210.length < 2) {
                          const err516 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/spelling", schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema67.properties.spelling.anyOf[2], data: data210 };
                          if (vErrors === null) {
                            vErrors = [err516];
                          } else {
                            vErrors.push(err516);
                          }
                          errors++;
                        }
                        const len118 = data210.length;
                        if (len118 > 0) {
                          let data212 = data210[0];
                          if (!(data212 === "off" || data212 === "warn" || data212 === "error" || data212 === 0 || data212 === 1 || data212 === 2)) {
                            const err517 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/spelling/0", schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties.spelling.anyOf[2].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties.spelling.anyOf[2].prefixItems[0].enum, parentSchema: schema67.properties.spelling.anyOf[2].prefixItems[0], data: data212 };
                            if (vErrors === null) {
                              vErrors = [err517];
                            } else {
                              vErrors.push(err517);
                            }
                            errors++;
                          }
                        }
                        if (len118 > 1) {
                          let data213 = data210[1];
                          if (data213 && typeof data213 == "object" && !Array.isArray(data213)) {
                            for (const key20 in data213) {
                              if (!(key20 === "words" || key20 === "glossaries" || key20 === "suggestions")) {
                                const err518 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/spelling/1", schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/prefixItems/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: false, parentSchema: schema67.properties.spelling.anyOf[2].prefixItems[1], data: data213 };
                                if (vErrors === null) {
                                  vErrors = [err518];
                                } else {
                                  vErrors.push(err518);
                                }
                                errors++;
                              }
                            }
                            if (data213.words !== void 0) {
                              let data214 = data213.words;
                              if (Array.isArray(data214)) {
                                const len119 = data214.length;
                                for (let i22 = 0; i22 < len119; i22++) {
                                  let data215 = data214[i22];
                                  const _errs581 = errors;
                                  const _errs582 = errors;
                                  if (typeof data215 === "string") {
                                    if (!pattern16.test(data215)) {
                                      const err519 = {};
                                      if (vErrors === null) {
                                        vErrors = [err519];
                                      } else {
                                        vErrors.push(err519);
                                      }
                                      errors++;
                                    }
                                  }
                                  var valid176 = _errs582 === errors;
                                  if (valid176) {
                                    const err520 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/spelling/1/words/" + i22, schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/prefixItems/1/properties/words/items/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.words.items.not, parentSchema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.words.items, data: data215 };
                                    if (vErrors === null) {
                                      vErrors = [err520];
                                    } else {
                                      vErrors.push(err520);
                                    }
                                    errors++;
                                  } else {
                                    errors = _errs581;
                                    if (vErrors !== null) {
                                      if (_errs581) {
                                        vErrors.length = _errs581;
                                      } else {
                                        vErrors = null;
                                      }
                                    }
                                  }
                                  if (typeof data215 === "string") {
                                    if (func2(data215) < 1) {
                                      const err521 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/spelling/1/words/" + i22, schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/prefixItems/1/properties/words/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.words.items, data: data215 };
                                      if (vErrors === null) {
                                        vErrors = [err521];
                                      } else {
                                        vErrors.push(err521);
                                      }
                                      errors++;
                                    }
                                  } else {
                                    const err522 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/spelling/1/words/" + i22, schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/prefixItems/1/properties/words/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.words.items.type, parentSchema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.words.items, data: data215 };
                                    if (vErrors === null) {
                                      vErrors = [err522];
                                    } else {
                                      vErrors.push(err522);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err523 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/spelling/1/words", schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/prefixItems/1/properties/words/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.words.type, parentSchema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.words, data: data214 };
                                if (vErrors === null) {
                                  vErrors = [err523];
                                } else {
                                  vErrors.push(err523);
                                }
                                errors++;
                              }
                            }
                            if (data213.glossaries !== void 0) {
                              let data216 = data213.glossaries;
                              if (Array.isArray(data216)) {
                                const len120 = data216.length;
                                for (let i23 = 0; i23 < len120; i23++) {
                                  let data217 = data216[i23];
                                  const _errs587 = errors;
                                  const _errs588 = errors;
                                  if (typeof data217 === "string") {
                                    if (!pattern16.test(data217)) {
                                      const err524 = {};
                                      if (vErrors === null) {
                                        vErrors = [err524];
                                      } else {
                                        vErrors.push(err524);
                                      }
                                      errors++;
                                    }
                                  }
                                  var valid179 = _errs588 === errors;
                                  if (valid179) {
                                    const err525 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/spelling/1/glossaries/" + i23, schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/prefixItems/1/properties/glossaries/items/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.glossaries.items.not, parentSchema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.glossaries.items, data: data217 };
                                    if (vErrors === null) {
                                      vErrors = [err525];
                                    } else {
                                      vErrors.push(err525);
                                    }
                                    errors++;
                                  } else {
                                    errors = _errs587;
                                    if (vErrors !== null) {
                                      if (_errs587) {
                                        vErrors.length = _errs587;
                                      } else {
                                        vErrors = null;
                                      }
                                    }
                                  }
                                  if (typeof data217 === "string") {
                                    if (func2(data217) < 1) {
                                      const err526 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/spelling/1/glossaries/" + i23, schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/prefixItems/1/properties/glossaries/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.glossaries.items, data: data217 };
                                      if (vErrors === null) {
                                        vErrors = [err526];
                                      } else {
                                        vErrors.push(err526);
                                      }
                                      errors++;
                                    }
                                  } else {
                                    const err527 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/spelling/1/glossaries/" + i23, schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/prefixItems/1/properties/glossaries/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.glossaries.items.type, parentSchema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.glossaries.items, data: data217 };
                                    if (vErrors === null) {
                                      vErrors = [err527];
                                    } else {
                                      vErrors.push(err527);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err528 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/spelling/1/glossaries", schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/prefixItems/1/properties/glossaries/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.glossaries.type, parentSchema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.glossaries, data: data216 };
                                if (vErrors === null) {
                                  vErrors = [err528];
                                } else {
                                  vErrors.push(err528);
                                }
                                errors++;
                              }
                            }
                            if (data213.suggestions !== void 0) {
                              let data218 = data213.suggestions;
                              if (!(typeof data218 == "number" && (!(data218 % 1) && !isNaN(data218)) && isFinite(data218))) {
                                const err529 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/spelling/1/suggestions", schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/prefixItems/1/properties/suggestions/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.suggestions.type, parentSchema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.suggestions, data: data218 };
                                if (vErrors === null) {
                                  vErrors = [err529];
                                } else {
                                  vErrors.push(err529);
                                }
                                errors++;
                              }
                              if (typeof data218 == "number" && isFinite(data218)) {
                                if (data218 > 10 || isNaN(data218)) {
                                  const err530 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/spelling/1/suggestions", schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/prefixItems/1/properties/suggestions/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.suggestions, data: data218 };
                                  if (vErrors === null) {
                                    vErrors = [err530];
                                  } else {
                                    vErrors.push(err530);
                                  }
                                  errors++;
                                }
                                if (data218 < 0 || isNaN(data218)) {
                                  const err531 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/spelling/1/suggestions", schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/prefixItems/1/properties/suggestions/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema67.properties.spelling.anyOf[2].prefixItems[1].properties.suggestions, data: data218 };
                                  if (vErrors === null) {
                                    vErrors = [err531];
                                  } else {
                                    vErrors.push(err531);
                                  }
                                  errors++;
                                }
                              }
                            }
                          } else {
                            const err532 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/spelling/1", schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/prefixItems/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.properties.spelling.anyOf[2].prefixItems[1].type, parentSchema: schema67.properties.spelling.anyOf[2].prefixItems[1], data: data213 };
                            if (vErrors === null) {
                              vErrors = [err532];
                            } else {
                              vErrors.push(err532);
                            }
                            errors++;
                          }
                        }
                        const len121 = data210.length;
                        if (!(len121 <= 2)) {
                          const err533 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/spelling", schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/items", keyword: "items", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema67.properties.spelling.anyOf[2], data: data210 };
                          if (vErrors === null) {
                            vErrors = [err533];
                          } else {
                            vErrors.push(err533);
                          }
                          errors++;
                        }
                      } else {
                        const err534 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/spelling", schemaPath: "#/$defs/rules/properties/spelling/anyOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties.spelling.anyOf[2].type, parentSchema: schema67.properties.spelling.anyOf[2], data: data210 };
                        if (vErrors === null) {
                          vErrors = [err534];
                        } else {
                          vErrors.push(err534);
                        }
                        errors++;
                      }
                      var _valid52 = _errs571 === errors;
                      valid170 = valid170 || _valid52;
                      if (_valid52) {
                        if (items46 !== true) {
                          items46 = true;
                        }
                      }
                      if (!valid170) {
                        const err535 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/spelling", schemaPath: "#/$defs/rules/properties/spelling/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties.spelling.anyOf, parentSchema: schema67.properties.spelling, data: data210 };
                        if (vErrors === null) {
                          vErrors = [err535];
                        } else {
                          vErrors.push(err535);
                        }
                        errors++;
                      } else {
                        errors = _errs566;
                        if (vErrors !== null) {
                          if (_errs566) {
                            vErrors.length = _errs566;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data171["title-trailing-period"] !== void 0) {
                      let data219 = data171["title-trailing-period"];
                      const _errs592 = errors;
                      let valid180 = false;
                      const _errs593 = errors;
                      if (!(data219 === "off" || data219 === "warn" || data219 === "error" || data219 === 0 || data219 === 1 || data219 === 2)) {
                        const err536 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/title-trailing-period", schemaPath: "#/$defs/rules/properties/title-trailing-period/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["title-trailing-period"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["title-trailing-period"].anyOf[0].enum, parentSchema: schema67.properties["title-trailing-period"].anyOf[0], data: data219 };
                        if (vErrors === null) {
                          vErrors = [err536];
                        } else {
                          vErrors.push(err536);
                        }
                        errors++;
                      }
                      var _valid53 = _errs593 === errors;
                      valid180 = valid180 || _valid53;
                      const _errs594 = errors;
                      if (Array.isArray(data219)) {
                        if (data219.length > 1) {
                          const err537 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/title-trailing-period", schemaPath: "#/$defs/rules/properties/title-trailing-period/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["title-trailing-period"].anyOf[1], data: data219 };
                          if (vErrors === null) {
                            vErrors = [err537];
                          } else {
                            vErrors.push(err537);
                          }
                          errors++;
                        }
                        if (data219.length < 1) {
                          const err538 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/title-trailing-period", schemaPath: "#/$defs/rules/properties/title-trailing-period/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["title-trailing-period"].anyOf[1], data: data219 };
                          if (vErrors === null) {
                            vErrors = [err538];
                          } else {
                            vErrors.push(err538);
                          }
                          errors++;
                        }
                        const len122 = data219.length;
                        if (len122 > 0) {
                          let data220 = data219[0];
                          if (!(data220 === "off" || data220 === "warn" || data220 === "error" || data220 === 0 || data220 === 1 || data220 === 2)) {
                            const err539 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/title-trailing-period/0", schemaPath: "#/$defs/rules/properties/title-trailing-period/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["title-trailing-period"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["title-trailing-period"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["title-trailing-period"].anyOf[1].prefixItems[0], data: data220 };
                            if (vErrors === null) {
                              vErrors = [err539];
                            } else {
                              vErrors.push(err539);
                            }
                            errors++;
                          }
                        }
                        const len123 = data219.length;
                        if (!(len123 <= 1)) {
                          const err540 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/title-trailing-period", schemaPath: "#/$defs/rules/properties/title-trailing-period/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["title-trailing-period"].anyOf[1], data: data219 };
                          if (vErrors === null) {
                            vErrors = [err540];
                          } else {
                            vErrors.push(err540);
                          }
                          errors++;
                        }
                      } else {
                        const err541 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/title-trailing-period", schemaPath: "#/$defs/rules/properties/title-trailing-period/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["title-trailing-period"].anyOf[1].type, parentSchema: schema67.properties["title-trailing-period"].anyOf[1], data: data219 };
                        if (vErrors === null) {
                          vErrors = [err541];
                        } else {
                          vErrors.push(err541);
                        }
                        errors++;
                      }
                      var _valid53 = _errs594 === errors;
                      valid180 = valid180 || _valid53;
                      if (!valid180) {
                        const err542 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/title-trailing-period", schemaPath: "#/$defs/rules/properties/title-trailing-period/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["title-trailing-period"].anyOf, parentSchema: schema67.properties["title-trailing-period"], data: data219 };
                        if (vErrors === null) {
                          vErrors = [err542];
                        } else {
                          vErrors.push(err542);
                        }
                        errors++;
                      } else {
                        errors = _errs592;
                        if (vErrors !== null) {
                          if (_errs592) {
                            vErrors.length = _errs592;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data171["toelichting-max-words"] !== void 0) {
                      let data221 = data171["toelichting-max-words"];
                      const _errs598 = errors;
                      let valid182 = false;
                      const _errs599 = errors;
                      if (!(data221 === "off" || data221 === "warn" || data221 === "error" || data221 === 0 || data221 === 1 || data221 === 2)) {
                        const err543 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/toelichting-max-words", schemaPath: "#/$defs/rules/properties/toelichting-max-words/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["toelichting-max-words"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["toelichting-max-words"].anyOf[0].enum, parentSchema: schema67.properties["toelichting-max-words"].anyOf[0], data: data221 };
                        if (vErrors === null) {
                          vErrors = [err543];
                        } else {
                          vErrors.push(err543);
                        }
                        errors++;
                      }
                      var _valid54 = _errs599 === errors;
                      valid182 = valid182 || _valid54;
                      const _errs600 = errors;
                      if (Array.isArray(data221)) {
                        if (data221.length > 1) {
                          const err544 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/toelichting-max-words", schemaPath: "#/$defs/rules/properties/toelichting-max-words/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["toelichting-max-words"].anyOf[1], data: data221 };
                          if (vErrors === null) {
                            vErrors = [err544];
                          } else {
                            vErrors.push(err544);
                          }
                          errors++;
                        }
                        if (data221.length < 1) {
                          const err545 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/toelichting-max-words", schemaPath: "#/$defs/rules/properties/toelichting-max-words/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["toelichting-max-words"].anyOf[1], data: data221 };
                          if (vErrors === null) {
                            vErrors = [err545];
                          } else {
                            vErrors.push(err545);
                          }
                          errors++;
                        }
                        const len124 = data221.length;
                        if (len124 > 0) {
                          let data222 = data221[0];
                          if (!(data222 === "off" || data222 === "warn" || data222 === "error" || data222 === 0 || data222 === 1 || data222 === 2)) {
                            const err546 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/toelichting-max-words/0", schemaPath: "#/$defs/rules/properties/toelichting-max-words/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["toelichting-max-words"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["toelichting-max-words"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["toelichting-max-words"].anyOf[1].prefixItems[0], data: data222 };
                            if (vErrors === null) {
                              vErrors = [err546];
                            } else {
                              vErrors.push(err546);
                            }
                            errors++;
                          }
                        }
                        const len125 = data221.length;
                        if (!(len125 <= 1)) {
                          const err547 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/toelichting-max-words", schemaPath: "#/$defs/rules/properties/toelichting-max-words/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["toelichting-max-words"].anyOf[1], data: data221 };
                          if (vErrors === null) {
                            vErrors = [err547];
                          } else {
                            vErrors.push(err547);
                          }
                          errors++;
                        }
                      } else {
                        const err548 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/toelichting-max-words", schemaPath: "#/$defs/rules/properties/toelichting-max-words/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["toelichting-max-words"].anyOf[1].type, parentSchema: schema67.properties["toelichting-max-words"].anyOf[1], data: data221 };
                        if (vErrors === null) {
                          vErrors = [err548];
                        } else {
                          vErrors.push(err548);
                        }
                        errors++;
                      }
                      var _valid54 = _errs600 === errors;
                      valid182 = valid182 || _valid54;
                      if (_valid54) {
                        var items48 = true;
                      }
                      const _errs603 = errors;
                      if (Array.isArray(data221)) {
                        if (data221.length > 2) {
                          const err549 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/toelichting-max-words", schemaPath: "#/$defs/rules/properties/toelichting-max-words/anyOf/2/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema67.properties["toelichting-max-words"].anyOf[2], data: data221 };
                          if (vErrors === null) {
                            vErrors = [err549];
                          } else {
                            vErrors.push(err549);
                          }
                          errors++;
                        }
                        if (data221.length < 2) {
                          const err550 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/toelichting-max-words", schemaPath: "#/$defs/rules/properties/toelichting-max-words/anyOf/2/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema67.properties["toelichting-max-words"].anyOf[2], data: data221 };
                          if (vErrors === null) {
                            vErrors = [err550];
                          } else {
                            vErrors.push(err550);
                          }
                          errors++;
                        }
                        const len126 = data221.length;
                        if (len126 > 0) {
                          let data223 = data221[0];
                          if (!(data223 === "off" || data223 === "warn" || data223 === "error" || data223 === 0 || data223 === 1 || data223 === 2)) {
                            const err551 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/toelichting-max-words/0", schemaPath: "#/$defs/rules/properties/toelichting-max-words/anyOf/2/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["toelichting-max-words"].anyOf[2].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["toelichting-max-words"].anyOf[2].prefixItems[0].enum, parentSchema: schema67.properties["toelichting-max-words"].anyOf[2].prefixItems[0], data: data223 };
                            if (vErrors === null) {
                              vErrors = [err551];
                            } else {
                              vErrors.push(err551);
                            }
                            errors++;
                          }
                        }
                        if (len126 > 1) {
                          let data224 = data221[1];
                          if (data224 && typeof data224 == "object" && !Array.isArray(data224)) {
                            for (const key21 in data224) {
                              if (!(key21 === "max")) {
                                const err552 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/toelichting-max-words/1", schemaPath: "#/$defs/rules/properties/toelichting-max-words/anyOf/2/prefixItems/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties", schema: false, parentSchema: schema67.properties["toelichting-max-words"].anyOf[2].prefixItems[1], data: data224 };
                                if (vErrors === null) {
                                  vErrors = [err552];
                                } else {
                                  vErrors.push(err552);
                                }
                                errors++;
                              }
                            }
                            if (data224.max !== void 0) {
                              let data225 = data224.max;
                              if (!(typeof data225 == "number" && (!(data225 % 1) && !isNaN(data225)) && isFinite(data225))) {
                                const err553 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/toelichting-max-words/1/max", schemaPath: "#/$defs/rules/properties/toelichting-max-words/anyOf/2/prefixItems/1/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema67.properties["toelichting-max-words"].anyOf[2].prefixItems[1].properties.max.type, parentSchema: schema67.properties["toelichting-max-words"].anyOf[2].prefixItems[1].properties.max, data: data225 };
                                if (vErrors === null) {
                                  vErrors = [err553];
                                } else {
                                  vErrors.push(err553);
                                }
                                errors++;
                              }
                              if (typeof data225 == "number" && isFinite(data225)) {
                                if (data225 < 1 || isNaN(data225)) {
                                  const err554 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/toelichting-max-words/1/max", schemaPath: "#/$defs/rules/properties/toelichting-max-words/anyOf/2/prefixItems/1/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema67.properties["toelichting-max-words"].anyOf[2].prefixItems[1].properties.max, data: data225 };
                                  if (vErrors === null) {
                                    vErrors = [err554];
                                  } else {
                                    vErrors.push(err554);
                                  }
                                  errors++;
                                }
                              }
                            }
                          } else {
                            const err555 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/toelichting-max-words/1", schemaPath: "#/$defs/rules/properties/toelichting-max-words/anyOf/2/prefixItems/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.properties["toelichting-max-words"].anyOf[2].prefixItems[1].type, parentSchema: schema67.properties["toelichting-max-words"].anyOf[2].prefixItems[1], data: data224 };
                            if (vErrors === null) {
                              vErrors = [err555];
                            } else {
                              vErrors.push(err555);
                            }
                            errors++;
                          }
                        }
                        const len127 = data221.length;
                        if (!(len127 <= 2)) {
                          const err556 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/toelichting-max-words", schemaPath: "#/$defs/rules/properties/toelichting-max-words/anyOf/2/items", keyword: "items", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema67.properties["toelichting-max-words"].anyOf[2], data: data221 };
                          if (vErrors === null) {
                            vErrors = [err556];
                          } else {
                            vErrors.push(err556);
                          }
                          errors++;
                        }
                      } else {
                        const err557 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/toelichting-max-words", schemaPath: "#/$defs/rules/properties/toelichting-max-words/anyOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["toelichting-max-words"].anyOf[2].type, parentSchema: schema67.properties["toelichting-max-words"].anyOf[2], data: data221 };
                        if (vErrors === null) {
                          vErrors = [err557];
                        } else {
                          vErrors.push(err557);
                        }
                        errors++;
                      }
                      var _valid54 = _errs603 === errors;
                      valid182 = valid182 || _valid54;
                      if (_valid54) {
                        if (items48 !== true) {
                          items48 = true;
                        }
                      }
                      if (!valid182) {
                        const err558 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/toelichting-max-words", schemaPath: "#/$defs/rules/properties/toelichting-max-words/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["toelichting-max-words"].anyOf, parentSchema: schema67.properties["toelichting-max-words"], data: data221 };
                        if (vErrors === null) {
                          vErrors = [err558];
                        } else {
                          vErrors.push(err558);
                        }
                        errors++;
                      } else {
                        errors = _errs598;
                        if (vErrors !== null) {
                          if (_errs598) {
                            vErrors.length = _errs598;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data171["urn-change"] !== void 0) {
                      let data226 = data171["urn-change"];
                      const _errs612 = errors;
                      let valid186 = false;
                      const _errs613 = errors;
                      if (!(data226 === "off" || data226 === "warn" || data226 === "error" || data226 === 0 || data226 === 1 || data226 === 2)) {
                        const err559 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/urn-change", schemaPath: "#/$defs/rules/properties/urn-change/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["urn-change"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["urn-change"].anyOf[0].enum, parentSchema: schema67.properties["urn-change"].anyOf[0], data: data226 };
                        if (vErrors === null) {
                          vErrors = [err559];
                        } else {
                          vErrors.push(err559);
                        }
                        errors++;
                      }
                      var _valid55 = _errs613 === errors;
                      valid186 = valid186 || _valid55;
                      const _errs614 = errors;
                      if (Array.isArray(data226)) {
                        if (data226.length > 1) {
                          const err560 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/urn-change", schemaPath: "#/$defs/rules/properties/urn-change/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["urn-change"].anyOf[1], data: data226 };
                          if (vErrors === null) {
                            vErrors = [err560];
                          } else {
                            vErrors.push(err560);
                          }
                          errors++;
                        }
                        if (data226.length < 1) {
                          const err561 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/urn-change", schemaPath: "#/$defs/rules/properties/urn-change/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["urn-change"].anyOf[1], data: data226 };
                          if (vErrors === null) {
                            vErrors = [err561];
                          } else {
                            vErrors.push(err561);
                          }
                          errors++;
                        }
                        const len128 = data226.length;
                        if (len128 > 0) {
                          let data227 = data226[0];
                          if (!(data227 === "off" || data227 === "warn" || data227 === "error" || data227 === 0 || data227 === 1 || data227 === 2)) {
                            const err562 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/urn-change/0", schemaPath: "#/$defs/rules/properties/urn-change/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["urn-change"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["urn-change"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["urn-change"].anyOf[1].prefixItems[0], data: data227 };
                            if (vErrors === null) {
                              vErrors = [err562];
                            } else {
                              vErrors.push(err562);
                            }
                            errors++;
                          }
                        }
                        const len129 = data226.length;
                        if (!(len129 <= 1)) {
                          const err563 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/urn-change", schemaPath: "#/$defs/rules/properties/urn-change/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["urn-change"].anyOf[1], data: data226 };
                          if (vErrors === null) {
                            vErrors = [err563];
                          } else {
                            vErrors.push(err563);
                          }
                          errors++;
                        }
                      } else {
                        const err564 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/urn-change", schemaPath: "#/$defs/rules/properties/urn-change/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["urn-change"].anyOf[1].type, parentSchema: schema67.properties["urn-change"].anyOf[1], data: data226 };
                        if (vErrors === null) {
                          vErrors = [err564];
                        } else {
                          vErrors.push(err564);
                        }
                        errors++;
                      }
                      var _valid55 = _errs614 === errors;
                      valid186 = valid186 || _valid55;
                      if (!valid186) {
                        const err565 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/urn-change", schemaPath: "#/$defs/rules/properties/urn-change/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["urn-change"].anyOf, parentSchema: schema67.properties["urn-change"], data: data226 };
                        if (vErrors === null) {
                          vErrors = [err565];
                        } else {
                          vErrors.push(err565);
                        }
                        errors++;
                      } else {
                        errors = _errs612;
                        if (vErrors !== null) {
                          if (_errs612) {
                            vErrors.length = _errs612;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data171["urn-matches-filename"] !== void 0) {
                      let data228 = data171["urn-matches-filename"];
                      const _errs618 = errors;
                      let valid188 = false;
                      const _errs619 = errors;
                      if (!(data228 === "off" || data228 === "warn" || data228 === "error" || data228 === 0 || data228 === 1 || data228 === 2)) {
                        const err566 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/urn-matches-filename", schemaPath: "#/$defs/rules/properties/urn-matches-filename/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["urn-matches-filename"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["urn-matches-filename"].anyOf[0].enum, parentSchema: schema67.properties["urn-matches-filename"].anyOf[0], data: data228 };
                        if (vErrors === null) {
                          vErrors = [err566];
                        } else {
                          vErrors.push(err566);
                        }
                        errors++;
                      }
                      var _valid56 = _errs619 === errors;
                      valid188 = valid188 || _valid56;
                      const _errs620 = errors;
                      if (Array.isArray(data228)) {
                        if (data228.length > 1) {
                          const err567 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/urn-matches-filename", schemaPath: "#/$defs/rules/properties/urn-matches-filename/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["urn-matches-filename"].anyOf[1], data: data228 };
                          if (vErrors === null) {
                            vErrors = [err567];
                          } else {
                            vErrors.push(err567);
                          }
                          errors++;
                        }
                        if (data228.length < 1) {
                          const err568 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/urn-matches-filename", schemaPath: "#/$defs/rules/properties/urn-matches-filename/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["urn-matches-filename"].anyOf[1], data: data228 };
                          if (vErrors === null) {
                            vErrors = [err568];
                          } else {
                            vErrors.push(err568);
                          }
                          errors++;
                        }
                        const len130 = data228.length;
                        if (len130 > 0) {
                          let data229 = data228[0];
                          if (!(data229 === "off" || data229 === "warn" || data229 === "error" || data229 === 0 || data229 === 1 || data229 === 2)) {
                            const err569 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/urn-matches-filename/0", schemaPath: "#/$defs/rules/properties/urn-matches-filename/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["urn-matches-filename"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["urn-matches-filename"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["urn-matches-filename"].anyOf[1].prefixItems[0], data: data229 };
                            if (vErrors === null) {
                              vErrors = [err569];
                            } else {
                              vErrors.push(err569);
                            }
                            errors++;
                          }
                        }
                        const len131 = data228.length;
                        if (!(len131 <= 1)) {
                          const err570 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/urn-matches-filename", schemaPath: "#/$defs/rules/properties/urn-matches-filename/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["urn-matches-filename"].anyOf[1], data: data228 };
                          if (vErrors === null) {
                            vErrors = [err570];
                          } else {
                            vErrors.push(err570);
                          }
                          errors++;
                        }
                      } else {
                        const err571 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/urn-matches-filename", schemaPath: "#/$defs/rules/properties/urn-matches-filename/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["urn-matches-filename"].anyOf[1].type, parentSchema: schema67.properties["urn-matches-filename"].anyOf[1], data: data228 };
                        if (vErrors === null) {
                          vErrors = [err571];
                        } else {
                          vErrors.push(err571);
                        }
                        errors++;
                      }
                      var _valid56 = _errs620 === errors;
                      valid188 = valid188 || _valid56;
                      if (!valid188) {
                        const err572 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/urn-matches-filename", schemaPath: "#/$defs/rules/properties/urn-matches-filename/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["urn-matches-filename"].anyOf, parentSchema: schema67.properties["urn-matches-filename"], data: data228 };
                        if (vErrors === null) {
                          vErrors = [err572];
                        } else {
                          vErrors.push(err572);
                        }
                        errors++;
                      } else {
                        errors = _errs618;
                        if (vErrors !== null) {
                          if (_errs618) {
                            vErrors.length = _errs618;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data171["urn-unique"] !== void 0) {
                      let data230 = data171["urn-unique"];
                      const _errs624 = errors;
                      let valid190 = false;
                      const _errs625 = errors;
                      if (!(data230 === "off" || data230 === "warn" || data230 === "error" || data230 === 0 || data230 === 1 || data230 === 2)) {
                        const err573 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/urn-unique", schemaPath: "#/$defs/rules/properties/urn-unique/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["urn-unique"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["urn-unique"].anyOf[0].enum, parentSchema: schema67.properties["urn-unique"].anyOf[0], data: data230 };
                        if (vErrors === null) {
                          vErrors = [err573];
                        } else {
                          vErrors.push(err573);
                        }
                        errors++;
                      }
                      var _valid57 = _errs625 === errors;
                      valid190 = valid190 || _valid57;
                      const _errs626 = errors;
                      if (Array.isArray(data230)) {
                        if (data230.length > 1) {
                          const err574 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/urn-unique", schemaPath: "#/$defs/rules/properties/urn-unique/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["urn-unique"].anyOf[1], data: data230 };
                          if (vErrors === null) {
                            vErrors = [err574];
                          } else {
                            vErrors.push(err574);
                          }
                          errors++;
                        }
                        if (data230.length < 1) {
                          const err575 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/urn-unique", schemaPath: "#/$defs/rules/properties/urn-unique/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["urn-unique"].anyOf[1], data: data230 };
                          if (vErrors === null) {
                            vErrors = [err575];
                          } else {
                            vErrors.push(err575);
                          }
                          errors++;
                        }
                        const len132 = data230.length;
                        if (len132 > 0) {
                          let data231 = data230[0];
                          if (!(data231 === "off" || data231 === "warn" || data231 === "error" || data231 === 0 || data231 === 1 || data231 === 2)) {
                            const err576 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/urn-unique/0", schemaPath: "#/$defs/rules/properties/urn-unique/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["urn-unique"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["urn-unique"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["urn-unique"].anyOf[1].prefixItems[0], data: data231 };
                            if (vErrors === null) {
                              vErrors = [err576];
                            } else {
                              vErrors.push(err576);
                            }
                            errors++;
                          }
                        }
                        const len133 = data230.length;
                        if (!(len133 <= 1)) {
                          const err577 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/urn-unique", schemaPath: "#/$defs/rules/properties/urn-unique/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["urn-unique"].anyOf[1], data: data230 };
                          if (vErrors === null) {
                            vErrors = [err577];
                          } else {
                            vErrors.push(err577);
                          }
                          errors++;
                        }
                      } else {
                        const err578 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/urn-unique", schemaPath: "#/$defs/rules/properties/urn-unique/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["urn-unique"].anyOf[1].type, parentSchema: schema67.properties["urn-unique"].anyOf[1], data: data230 };
                        if (vErrors === null) {
                          vErrors = [err578];
                        } else {
                          vErrors.push(err578);
                        }
                        errors++;
                      }
                      var _valid57 = _errs626 === errors;
                      valid190 = valid190 || _valid57;
                      if (!valid190) {
                        const err579 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/urn-unique", schemaPath: "#/$defs/rules/properties/urn-unique/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["urn-unique"].anyOf, parentSchema: schema67.properties["urn-unique"], data: data230 };
                        if (vErrors === null) {
                          vErrors = [err579];
                        } else {
                          vErrors.push(err579);
                        }
                        errors++;
                      } else {
                        errors = _errs624;
                        if (vErrors !== null) {
                          if (_errs624) {
                            vErrors.length = _errs624;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data171["vereiste-unreferenced"] !== void 0) {
                      let data232 = data171["vereiste-unreferenced"];
                      const _errs630 = errors;
                      let valid192 = false;
                      const _errs631 = errors;
                      if (!(data232 === "off" || data232 === "warn" || data232 === "error" || data232 === 0 || data232 === 1 || data232 === 2)) {
                        const err580 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/vereiste-unreferenced", schemaPath: "#/$defs/rules/properties/vereiste-unreferenced/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["vereiste-unreferenced"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["vereiste-unreferenced"].anyOf[0].enum, parentSchema: schema67.properties["vereiste-unreferenced"].anyOf[0], data: data232 };
                        if (vErrors === null) {
                          vErrors = [err580];
                        } else {
                          vErrors.push(err580);
                        }
                        errors++;
                      }
                      var _valid58 = _errs631 === errors;
                      valid192 = valid192 || _valid58;
                      const _errs632 = errors;
                      if (Array.isArray(data232)) {
                        if (data232.length > 1) {
                          const err581 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/vereiste-unreferenced", schemaPath: "#/$defs/rules/properties/vereiste-unreferenced/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema67.properties["vereiste-unreferenced"].anyOf[1], data: data232 };
                          if (vErrors === null) {
                            vErrors = [err581];
                          } else {
                            vErrors.push(err581);
                          }
                          errors++;
                        }
                        if (data232.length < 1) {
                          const err582 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/vereiste-unreferenced", schemaPath: "#/$defs/rules/properties/vereiste-unreferenced/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema67.properties["vereiste-unreferenced"].anyOf[1], data: data232 };
                          if (vErrors === null) {
                            vErrors = [err582];
                          } else {
                            vErrors.push(err582);
                          }
                          errors++;
                        }
                        const len134 = data232.length;
                        if (len134 > 0) {
                          let data233 = data232[0];
                          if (!(data233 === "off" || data233 === "warn" || data233 === "error" || data233 === 0 || data233 === 1 || data233 === 2)) {
                            const err583 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/vereiste-unreferenced/0", schemaPath: "#/$defs/rules/properties/vereiste-unreferenced/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema67.properties["vereiste-unreferenced"].anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema67.properties["vereiste-unreferenced"].anyOf[1].prefixItems[0].enum, parentSchema: schema67.properties["vereiste-unreferenced"].anyOf[1].prefixItems[0], data: data233 };
                            if (vErrors === null) {
                              vErrors = [err583];
                            } else {
                              vErrors.push(err583);
                            }
                            errors++;
                          }
                        }
                        const len135 = data232.length;
                        if (!(len135 <= 1)) {
                          const err584 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/vereiste-unreferenced", schemaPath: "#/$defs/rules/properties/vereiste-unreferenced/anyOf/1/items", keyword: "items", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: false, parentSchema: schema67.properties["vereiste-unreferenced"].anyOf[1], data: data232 };
                          if (vErrors === null) {
                            vErrors = [err584];
                          } else {
                            vErrors.push(err584);
                          }
                          errors++;
                        }
                      } else {
                        const err585 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/vereiste-unreferenced", schemaPath: "#/$defs/rules/properties/vereiste-unreferenced/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties["vereiste-unreferenced"].anyOf[1].type, parentSchema: schema67.properties["vereiste-unreferenced"].anyOf[1], data: data232 };
                        if (vErrors === null) {
                          vErrors = [err585];
                        } else {
                          vErrors.push(err585);
                        }
                        errors++;
                      }
                      var _valid58 = _errs632 === errors;
                      valid192 = valid192 || _valid58;
                      if (!valid192) {
                        const err586 = { instancePath: instancePath + "/overrides/" + i20 + "/rules/vereiste-unreferenced", schemaPath: "#/$defs/rules/properties/vereiste-unreferenced/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema67.properties["vereiste-unreferenced"].anyOf, parentSchema: schema67.properties["vereiste-unreferenced"], data: data232 };
                        if (vErrors === null) {
                          vErrors = [err586];
                        } else {
                          vErrors.push(err586);
                        }
                        errors++;
                      } else {
                        errors = _errs630;
                        if (vErrors !== null) {
                          if (_errs630) {
                            vErrors.length = _errs630;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                  } else {
                    const err587 = { instancePath: instancePath + "/overrides/" + i20 + "/rules", schemaPath: "#/$defs/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.type, parentSchema: schema67, data: data171 };
                    if (vErrors === null) {
                      vErrors = [err587];
                    } else {
                      vErrors.push(err587);
                    }
                    errors++;
                  }
                }
              } else {
                const err588 = { instancePath: instancePath + "/overrides/" + i20, schemaPath: "#/properties/overrides/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.properties.overrides.items.type, parentSchema: schema66.properties.overrides.items, data: data168 };
                if (vErrors === null) {
                  vErrors = [err588];
                } else {
                  vErrors.push(err588);
                }
                errors++;
              }
            }
          } else {
            const err589 = { instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties.overrides.type, parentSchema: schema66.properties.overrides, data: data167 };
            if (vErrors === null) {
              vErrors = [err589];
            } else {
              vErrors.push(err589);
            }
            errors++;
          }
        }
      } else {
        const err590 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.type, parentSchema: schema66, data };
        if (vErrors === null) {
          vErrors = [err590];
        } else {
          vErrors.push(err590);
        }
        errors++;
      }
      validate30.errors = vErrors;
      return errors === 0;
    }
    validate30.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  }
});

// <stdin>
module.exports = { "../../schemas/validators.cjs": require_validators() };
