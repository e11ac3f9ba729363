/**
 * "Play an audio file", "Play a video loaded via MCP resource": playing a recording for the user
 * changes no data (the rubric's Read: only observe, changing nothing outside the call), unlike
 * starting a workflow or a job. `play` otherwise keeps its own reading.
 */

const PLAYING_VERBS = new Set(['play', 'replay']);
const MEDIA = new Set(['audio', 'sound', 'sounds', 'video', 'videos', 'song', 'songs', 'music', 'clip', 'clips', 'media', 'mp3', 'wav', 'recording', 'recordings', 'voice', 'tone', 'beep', 'chime', 'animation', 'movie']);

/** The reading of a verb that plays a recording (Read), or undefined. `objects` are the words after the verb. */
export function playbackReading(verb: string, objects: readonly string[]): { category: 'Read'; object: string; why: string } | undefined {
  if (!PLAYING_VERBS.has(verb)) return undefined;
  const media = objects.slice(0, 4).find((w) => MEDIA.has(w));
  return media ? { category: 'Read', object: media, why: 'plays it for the user' } : undefined;
}
