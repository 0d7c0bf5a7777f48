/**
 * The one way user text reaches the terminal: manifest values quoted in messages, file names,
 * command-line arguments echoed in errors. Invisible and controlling characters are written as
 * their escapes (so `\e]0;title\a` or `\e[2J` prints as text and does nothing), and what a CI
 * runner would execute as a command is broken up: GitHub Actions reads `::command::` at the start
 * of a line (after leading whitespace) and the older `##[command]` anywhere in one, as Azure
 * Pipelines reads `##vso[` and TeamCity `##teamcity[`.
 */
import { visibleText } from '../../core/util/escape';

export function terminalText(s: string): string {
  return visibleText(s)
    .replace(/^(\s*):(?=:)/, '$1\\x3a')
    .replace(/#(?=#[A-Za-z]*\[)/g, '\\x23');
}
