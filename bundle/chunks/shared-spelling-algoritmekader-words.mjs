import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  WordSet,
  definedTerms,
  dictionary,
  parseWordList,
  wordsIn
} from "./shared-spelling-dictionary.mjs";

// dist/src/spelling/algoritmekader-words.js
var ALGORITMEKADER_WORDS = [
  // Namen van het Algoritmekader, wetten en instanties
  "Algoritmekader",
  "Awgb",
  "Databankenwet",
  "Databankrichtlijn",
  "Experimentbesluit",
  "Geonovum",
  "Kamerbrief",
  "Kamerbrieven",
  "Kollektie",
  "Pleio",
  "Rathenau",
  "Sandia",
  // Producten en hulpmiddelen
  "Aequitas",
  "Avola",
  "Blindspots",
  "Kubernetes",
  "Octobox",
  "Shapley",
  "Teuken",
  "fairlearn",
  "fairml",
  "sensemaking",
  // Auteurs in de bronvermeldingen
  "Balayn",
  "Bhanu",
  "Birkstedt",
  "Brambilla",
  "Broekman",
  "Chander",
  "Chinju",
  "Chiscop",
  "Corti",
  "Dwork",
  "Gopalakrishnan",
  "Gundersen",
  "Hamon",
  "Hense",
  "Jiashuo",
  "Junklewitz",
  "Kaiyang",
  "Kumaravelan",
  "Kurakin",
  "Lekha",
  "M\xE4ntym\xE4ki",
  "Minkkinen",
  "Mireia",
  "Mustac",
  "Nicol\xF2",
  "Poppink",
  "Schuett",
  "Semmelrock",
  "Soldati",
  "Tocchetti",
  "Warrier",
  "Yori",
  "Yurrita",
  // Samenstellingen met algoritme
  "algoritmedata",
  "algoritmefunctionarissen",
  "algoritmegebruik",
  "algoritmegovernance",
  "algoritmelevenscyclus",
  "algoritmemanagement",
  "algoritmeontwikkeling",
  "algoritmeregister",
  "algoritmeregistratie",
  "algoritmerisico's",
  "algoritmetoepassing",
  "algoritmetoepassingen",
  "algoritmisering",
  // Bias (de soorten uit de pagina's over bias)
  "activiteitenbias",
  "automatiseringsbias",
  "bevestigingsbias",
  "biasanalyse",
  "meetbias",
  "overlevingsbias",
  "representatiebias",
  "samenlevingsbias",
  "versterkingsbias",
  // Data, modellen en techniek
  "anonimiseringstechnieken",
  "anonimiseringstool",
  "autoscaling",
  "backdoor",
  "backdoors",
  "bekrachtigingsleren",
  "bijtrainen",
  "chatbot",
  "chatbots",
  "containerisatie",
  "cyberveilig",
  "datagedreven",
  "datagovernance",
  "datalabs",
  "dataminimalisatie",
  "datavolwassenheid",
  "distributieshift",
  "distributieshifts",
  "docx",
  "feedbackloop",
  "feedbackloops",
  "hertrainingscycli",
  "hyperparameter",
  "hyperparameters",
  "inferentievermogen",
  "loggingcapaciteit",
  "loginformatie",
  "logregistratie",
  "machinelearning",
  "machineleesbare",
  "overfitting",
  "underfitting",
  "pentesting",
  "plaintext",
  "pseudonimiseren",
  "pseudonimisering",
  "securitymaatregelen",
  "serverless",
  "testdataset",
  "testdatasets",
  "trainingsdataset",
  "trainingsdatasets",
  "trainingsset",
  "validatieset",
  "voorgetraind",
  "zwevendekommagetallen",
  // Governance, beleid en recht (vaak uit de Nederlandse tekst van de AI-verordening)
  "creditscoring",
  "deduceerbaarheid",
  "demografie\xEBn",
  "denigratieschade",
  "e-learnings",
  "factsheet",
  "factsheets",
  "geracialiseerde",
  "generiekere",
  "governancekader",
  "governanceprotocol",
  "governancestructuren",
  "governancestructuur",
  "greenwashing",
  "grenstoezichtsbeheer",
  "handpalmafdrukken",
  "herroepbaarheid",
  "implementatiepad",
  "inbreukmakende",
  "innovatievolwassenheid",
  "invultemplate",
  "jo",
  "kabelbaaninstallaties",
  "koppelbaarheid",
  "kwaliteitsframework",
  "laagkwalitatieve",
  "metrieken",
  "milieuwelzijn",
  "onbruikbaarmaking",
  "onderzoekswaardig",
  "opiumwetontheffing",
  "overheidsstichting",
  "privacygovernance",
  "procestemplate",
  "prototypingactiviteiten",
  "rechtshandhavingsactiviteit",
  "rechtshandhavingsinstanties",
  "releasenotes",
  "scrapen",
  "gescrapete",
  "subverwerker",
  "subverwerkers",
  "subverwerkersovereenkomst",
  "uitlegbaarheid",
  "uitlegbaarheidstechnieken",
  "uitwonendenbeurs",
  "beeldinwinning",
  "verkeersdoorstroom",
  "voornorm",
  "voorsortering",
  "voorspelmodel",
  "waardengedreven",
  "whitepaper",
  "wissing",
  "zelfversterkende",
  // Engelse woorden in Brits-Engelse spelling of die het Amerikaans-Engelse woordenboek mist
  "anonymisation",
  "centre",
  "controllability",
  "defence",
  "explainability",
  "findable",
  "harmonised",
  "licence",
  "lifecycle",
  "reproducibility",
  "sanitization",
  "scalable",
  "standardisation",
  "survivorship"
];

// dist/src/spelling/service.js
var WORDS_FILE = ".algoritmekader-lint-words.txt";
function wordFiles(rules) {
  const setting = rules.spelling;
  const options = Array.isArray(setting) ? setting[1] : void 0;
  const named = Array.isArray(options?.words) ? options.words.filter((file) => typeof file === "string") : [];
  return [WORDS_FILE, ...named];
}
var remembered = /* @__PURE__ */ new WeakMap();
function wordsOfTerm(term) {
  return wordsIn(term.replace(/-/g, " "), 0).map(({ word }) => word).concat(wordsIn(term, 0).map(({ word }) => word));
}
function repositoryWords(repository, sources) {
  const wordTexts = [WORDS_FILE, ...sources.words].map((file) => repository.textFile(file) ?? "");
  const glossaryTexts = sources.glossaries.map((file) => repository.textFile(file) ?? "");
  const names = Object.keys(repository.config.vocabularies).flatMap((key) => [...repository.vocabulary(key) ?? []]);
  const inputs = [...wordTexts, "\0", ...glossaryTexts, "\0", ...names];
  const known = remembered.get(repository);
  if (known && known.inputs.length === inputs.length && known.inputs.every((input, index) => input === inputs[index]))
    return known.words;
  const words = new WordSet([...ALGORITMEKADER_WORDS, ...wordTexts.flatMap(parseWordList)]);
  for (const text of glossaryTexts)
    for (const term of definedTerms(text))
      for (const word of wordsOfTerm(term))
        words.add(word);
  for (const name of names)
    for (const word of wordsOfTerm(name))
      words.add(word);
  remembered.set(repository, { inputs, words });
  return words;
}
var spellingService = { dictionary, repositoryWords };

export {
  wordFiles,
  spellingService
};
