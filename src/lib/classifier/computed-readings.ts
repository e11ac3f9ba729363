/**
 * Verbs that sound like running something but, by their object, only compute an answer for the
 * caller (the rubric's Read: "only observe or compute, changing nothing outside the call").
 */

/** A verb's reading when its object makes it a computation: see `computedReading`. */
export interface ComputedReading {
  category: 'Read';
  object: string;
  why: string;
}

const EVALUATING_VERBS = new Set(['evaluate', 'eval', 'calculate', 'compute', 'solve', 'simplify']);
// "Evaluate a mathematical expression", "Evaluate an XPath expression against a document": a formula or a selector, not code.
const COMPUTED_EXPRESSIONS = new Set(['math', 'mathematical', 'arithmetic', 'numeric', 'formula', 'formulas', 'equation', 'equations', 'xpath', 'jsonpath', 'jmespath', 'jq', 'regex', 'regexp', 'cron', 'dice']);
const RUNNING_VERBS = new Set(['run', 'execute', 'apply', 'perform']);
const SELECTORS = new Set(['formula', 'formulas', 'xpath', 'jsonpath', 'jmespath', 'jq', 'regex', 'regexp']);
const OBSERVED_RECORDINGS = new Set(['performance', 'trace', 'traces', 'tracing', 'screencast', 'har', 'timeline', 'heap', 'cpu', 'network']);
const ASKING_VERBS = new Set(['invoke', 'call', 'query', 'prompt', 'ask', 'consult']);
const MODELS = new Set(['model', 'models', 'llm', 'llms', 'chatbot', 'assistant']);
// "Invoke a model to fine-tune…", "call a model deployment": not just asking.
const MORE_THAN_ASKING = new Set(['training', 'train', 'fine', 'deployment', 'deploy', 'endpoint', 'function', 'lambda']);

/**
 * "Evaluate a mathematical expression" computes (not code); "Invoke a model with a prompt" asks a
 * model for an answer (as "send a prompt to a model" does); "Record a performance trace" observes. `objects` are the words after the verb.
 * In a script's language ("Evaluate a JavaScript expression") it is code, and runs.
 */
export function computedReading(verb: string, objects: readonly string[]): ComputedReading | undefined {
  const window = objects.slice(0, 4);
  // "Run an XPath expression against the document", "Execute a jq filter on JSON": a selector run over the given data computes too.
  const runsSelector = RUNNING_VERBS.has(verb) && !window.includes('cron') ? window.find((w, i) => SELECTORS.has(w) || (w === 'regular' && window[i + 1]?.startsWith('expression'))) : undefined;
  const expression = (EVALUATING_VERBS.has(verb) ? window.find((w) => COMPUTED_EXPRESSIONS.has(w)) : undefined) ?? runsSelector;
  if (expression) return { category: 'Read', object: expression, why: 'computes' };
  // "Record a performance trace of the page": recording what the page does observes it, like capturing a trace (not "record an expense").
  const observed = verb === 'record' ? window.find((w) => OBSERVED_RECORDINGS.has(w)) : undefined;
  if (observed) return { category: 'Read', object: observed, why: 'observes it' };
  const model = ASKING_VERBS.has(verb) && !objects.some((w) => MORE_THAN_ASKING.has(w)) ? window.find((w) => MODELS.has(w)) : undefined;
  if (model) return { category: 'Read', object: model, why: 'asks a model for an answer' };
  return undefined;
}

const COMPUTED_EXPRESSION_TEXT = /\b(?:math(?:ematical)?|arithmetic|numeric|formulas?|equations?|xpath|jsonpath|jmespath|jq|regex(?:p)?|regular expressions?)\b/i;
const PROGRAMMING_LANGUAGE = /\b(?:javascript|typescript|js|python|bash|shell|sql|ruby|lua|php|powershell|script)\b/i;

/** "A mathematical expression to evaluate": an `expression` argument that is a formula or a selector, not code to run. */
export function isComputedExpression(text: string): boolean {
  return COMPUTED_EXPRESSION_TEXT.test(text) && !PROGRAMMING_LANGUAGE.test(text);
}
