/**
 * "Submit a batch job", `submit_job`, "Submit a JCL member from a dataset to run": handing a job, a build,
 * a pipeline or a script to a scheduler runs it (the rubric's Execute: jobs, builds, workflows, scripts),
 * whatever the queue calls the handing over; submitting a form, a review, a sitemap or a document for
 * approval stays Write, the verb's own category.
 */

const SUBMITTING_VERBS = new Set(['submit', 'enqueue', 'queue', 'schedule']);
const RUNS = new Set(['job', 'jobs', 'batch', 'jcl', 'pipeline', 'pipelines', 'workflow', 'workflows', 'build', 'builds', 'script', 'scripts', 'run', 'runs']);

/** The reading of a verb that hands a job to a scheduler (Execute), or undefined. `objects` are the words after the verb. */
export function submittedRunReading(verb: string, objects: readonly string[]): { category: 'Execute'; object: string; why: string } | undefined {
  if (!SUBMITTING_VERBS.has(verb)) return undefined;
  const run = objects.slice(0, 4).find((w) => RUNS.has(w));
  return run ? { category: 'Execute', object: run, why: 'hands it over to be run' } : undefined;
}
