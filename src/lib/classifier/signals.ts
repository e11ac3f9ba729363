import type { Tool } from '../schemas/tool.ts';
import { annotationSignals } from './annotation-signals.ts';
import type { VerbContext } from './collocations.ts';
import { weighComputedActions } from './computed-actions.ts';
import { checkoutRequestSignal } from './checkout-requests.ts';
import { cryptoTransferSignal } from './crypto-transfers.ts';
import { forcedPushSignal } from './forced-pushes.ts';
import { descriptionSignals, negatedVerbs } from './description-signals.ts';
import { weighDetachingNames } from './detaching-names.ts';
import { weighDryRun } from './dry-run.ts';
import { weighGenericRequests } from './generic-requests.ts';
import { lookupOnlySignal, weighGenericClaims } from './generic-claims.ts';
import { nameSignals } from './name-signals.ts';
import { nounPhraseReadSignal } from './noun-phrase-reads.ts';
import { weighNotificationSubscriptions } from './notification-subscriptions.ts';
import { paidArgumentSignal } from './paid-arguments.ts';
import { priceArgumentSignal } from './price-arguments.ts';
import { trainingSignal } from './training-arguments.ts';
import { weighRecordedSessions } from './recorded-sessions.ts';
import { weighReturnedText } from './returned-text.ts';
import { weighRollbacks } from './rollbacks.ts';
import { demoteNameVerbsNamedAsObject } from './name-verb-as-object.ts';
import { schemaSignals } from './schema-signals.ts';
import type { ServerContext } from './server-context.ts';
import { weighOwnCaches } from './own-cache.ts';
import { weighOwnRun } from './own-run.ts';
import { savedOutputSignal } from './saved-output.ts';
import { statedStoreSignal } from './stated-stores.ts';
import { scheduledRunSignal } from './scheduled-runs.ts';
import { statedChangeSignal } from './stated-changes.ts';
import { dryRunNameSignal } from './dry-run-names.ts';
import { weighChangeSwitches } from './effect-switches.ts';
import { argumentPurposeSignal } from './argument-purposes.ts';
import { weighNounNameVerbs } from './noun-name-verbs.ts';
import { sessionOf } from './session.ts';
import { unknownActionSignal } from './unknown-action.ts';
import type { Signal } from './signal.ts';
import { nameToWords } from './words.ts';

// "Follow-up questions", "Real-time search", "Set-up guide": in a title of several words, a hyphenated word is one compound.
const COMPOUND = /(?<=\w)-(?=\w)/g;

/** Words of a human title: like a name's, except that a title written with spaces keeps hyphenated compounds whole. */
function titleToWords(title: string): readonly string[] {
  return nameToWords(/\s/.test(title.trim()) ? title.replace(COMPOUND, '') : title);
}

/** Every signal a tool's definition carries: name, title, description (less its server's boilerplate), schema, annotations. */
export function toolToSignals(tool: Tool, server?: ServerContext): Signal[] {
  // `bash_sandbox_mkdir` on a server whose every tool starts `bash_`: the shared prefix names the server.
  const allNameWords = nameToWords(tool.name);
  // `transfer_store-search` beside `hooks_list`, `memory_store`: a verb naming a group of the server's tools is no verb.
  const prefixed = allNameWords.length > 1 && (server?.namespace === allNameWords[0] || server?.groupPrefixes?.has(allNameWords[0]!) === true);
  const nameWords = prefixed ? allNameWords.slice(1) : allNameWords;
  const ownSession = sessionOf(tool, nameWords);
  const session = ownSession ?? (server?.drivesSession ? 'drives' : undefined);
  const context: VerbContext = { session: session !== undefined, inUsersBrowser: session === 'in-browser', inheritedSession: ownSession === undefined && session !== undefined, nameWords };
  const title = tool.title ?? tool.annotations?.title;
  // "…guide you toward completing the task, not to execute the task for you" on `execute_task`: the description outranks the name.
  const negated = negatedVerbs(tool.description ?? '', server?.boilerplate);
  const found: Signal[] = [
    // "List all Bitwarden Sends" on `list_send`: a name verb the description names as its object is a noun.
    ...demoteNameVerbsNamedAsObject([
      ...nameSignals(nameWords, 'name', context).filter((s) => !s.verb || !negated.has(s.verb)),
      ...(title ? nameSignals(titleToWords(title), 'title', context) : []).filter((s) => !s.verb || !negated.has(s.verb)),
    ], tool.description ?? ''),
    ...descriptionSignals(tool.description ?? '', context, server?.boilerplate),
    // `date(action: add, date)`: an action done to the values the call is handed computes.
    // `http_request(method: GET|…|DELETE, url)`: a request the caller writes runs whatever it says.
    ...weighGenericRequests(tool, weighComputedActions(tool, schemaSignals(tool, nameWords, context))),
    ...annotationSignals(tool),
    // `transfer_erc20(toAddress, amount)`: moving tokens or coins to a recipient moves value.
    // `image_to_video(outputFile?)` "…automatically generated if not provided": a file is saved on every call.
    // `ask_human(question, budget_usd)` "budget_usd: Payment in USD": a sum the call pays.
    // `update_variant(id, price)`: a record created or changed with the price charged for it changes a price.
    // `neural_train(modelId, epochs, learningRate)`: a training run, a job.
    // `git_push(force)`, "Force push the branch": a forced push overwrites the remote's history.
    ...[cryptoTransferSignal(tool, nameWords), savedOutputSignal(tool), paidArgumentSignal(tool), trainingSignal(tool), forcedPushSignal(tool, nameWords), statedStoreSignal(tool, nameWords), scheduledRunSignal(tool), statedChangeSignal(tool), dryRunNameSignal(tool, nameWords), checkoutRequestSignal(tool), priceArgumentSignal(tool, nameWords)].filter((s): s is Signal => s !== undefined),
  ];
  // Each weighing reads the signals the one before it left, in this order.
  const weighings: ((signals: Signal[]) => Signal[])[] = [
    (s) => weighGenericClaims(tool, s),
    (s) => weighDryRun(tool, s),
    // `get_messages(markAsRead)`: a boolean that asks a read to change something as well.
    (s) => weighChangeSwitches(tool, s),
    // `tag_entities` "Find the named entities in a text": a name's word that is as often a noun, beside a description that reads.
    (s) => weighNounNameVerbs(tool, s),
    (s) => weighOwnCaches(tool, s),
    (s) => weighReturnedText(tool, nameWords, s),
    // `stop_project()` "Stop the currently running Godot project": the run the tool itself started.
    (s) => weighOwnRun(tool, s),
    // `version_rollback(scriptName)`: rolling back running code is a deployment; rolling back an agent's settings restores them.
    (s) => weighRollbacks(tool, nameWords, s),
    // `create-subscription` "Subscribes a listener application to receive change notifications": no paid plan.
    (s) => weighNotificationSubscriptions(tool, s),
    // `detach_script` "Remove a script from a node": the name says which remove is meant, an unlinking.
    (s) => weighDetachingNames(nameWords, s),
    // `create_coordination_session(title, description, agents)`: a session given content is a record, not the tool's own.
    (s) => weighRecordedSessions(tool, s),
  ];
  const signals = weighings.reduce((s, weigh) => weigh(s), found);
  if (signals.length > 0) return signals;
  // When nothing else speaks: `confirm(memberId)` "Confirm an invited member" (an unknown verb done to a record),
  // `maps_distance(origins, destination)` (arguments that only look up), "Coin treasury data (corporate holdings)."
  // (a noun phrase naming data, what the call returns).
  // `memory(text: "Fact to remember")`: an argument described by what the call does with it.
  const fallback = unknownActionSignal(tool, nameWords) ?? lookupOnlySignal(tool) ?? nounPhraseReadSignal(tool) ?? argumentPurposeSignal(tool);
  return fallback ? [fallback] : signals;
}
