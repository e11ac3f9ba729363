/**
 * "Launch an email campaign", "Dispatch an order to the carrier", "Trigger a new incident", "Promote a user to admin",
 * "Retry a failed webhook delivery": verbs the rubric reads as running (launch, trigger, dispatch, promote, retry) say
 * only that something is set going; done to a stored record that runs no code of the caller's (a campaign, an order,
 * an incident, a user, a message), they send, ship, open or change that record (Write), as starting a sprint begins
 * it. A workflow, a job, a build, a deployment or an app set going still runs (Execute), and so does a record noun
 * qualifying one of those ("Trigger the campaign workflow").
 */

const SETTING_GOING = new Set(['launch', 'trigger', 'dispatch', 'promote', 'retry', 'rerun', 'initiate', 'fire', 'call', 'apply', 'execute', 'perform', 'start']);
// Records a service keeps, which the call sends, ships, opens or changes; none of them is code.
const RECORDS = new Set([
  'campaign', 'campaigns', 'newsletter', 'newsletters', 'broadcast', 'broadcasts', 'order', 'orders', 'shipment', 'shipments',
  'incident', 'incidents', 'user', 'users', 'member', 'members', 'delivery', 'deliveries', 'email', 'emails', 'message', 'messages',
  'notification', 'notifications', 'ticket', 'tickets', 'contact', 'contacts', 'lead', 'leads', 'post', 'posts', 'draft', 'drafts',
  'phone',
]);
// A record noun before one of these qualifies something that runs: "the campaign workflow", "an order-sync job".
const RUNS = new Set(['workflow', 'workflows', 'job', 'jobs', 'build', 'builds', 'pipeline', 'pipelines', 'deployment', 'deployments', 'script', 'scripts', 'automation', 'automations', 'function', 'functions', 'agent', 'agents', 'test', 'tests', 'app', 'command', 'commands', 'code', 'sync', 'import', 'export']);
const MANIFESTS = new Set(['manifest', 'manifests', 'terraform', 'helm', 'chart', 'charts', 'stack', 'migration', 'migrations', 'infrastructure', 'yaml']);

/** The reading of a verb that sets going a stored record (Write), or undefined. `objects` are the words after the verb. */
export function recordActionReading(verb: string, objects: readonly string[]): { category: 'Write'; object: string; why: string } | undefined {
  if (!SETTING_GOING.has(verb)) return undefined;
  const window = objects.slice(0, 4);
  const record = window.find((w) => RECORDS.has(w));
  if (!record || window.some((w) => RUNS.has(w) || MANIFESTS.has(w))) return undefined;
  return { category: 'Write', object: record, why: 'sets a stored record going, runs nothing' };
}
