/** Test support: a wire story, a rewritten republication of it, and an unrelated article. */

/** A wire story. */
export const WIRE = `Russian Foreign Minister Sergei Lavrov said on Tuesday that Moscow would never accept the deployment of
European peacekeepers in Ukraine, calling the proposal a red line. Speaking to reporters after talks in Riyadh, Lavrov
said any settlement must recognise what he called the new territorial realities and guarantee Ukraine's neutral status.
Ukrainian President Volodymyr Zelensky rejected the demands, insisting that Kyiv would not cede territory and that
security guarantees from Western partners were essential. The talks, mediated by the United States, ended without
agreement on a ceasefire, although both sides agreed to continue technical consultations on the Black Sea next week.`;

/** The same story republished with a dateline, a few edited words and a credit line. */
export const REWRITTEN = `MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov said on Tuesday that Moscow would never accept the
deployment of European peacekeepers in Ukraine, calling the idea a red line. Speaking to journalists after talks in Riyadh,
Lavrov said any settlement must recognise what he called the new territorial realities and guarantee Ukraine's neutral
status. Ukrainian President Volodymyr Zelensky rejected the demands, insisting that Kyiv would not cede territory and that
security guarantees from Western partners were essential. The talks, mediated by Washington, ended without agreement on a
ceasefire, although both sides agreed to continue technical talks on the Black Sea next week. Reporting by staff.`;

/** An article about something else. */
export const UNRELATED = `The European Central Bank held interest rates steady on Thursday, citing persistent services inflation and
a weaker outlook for manufacturing across the euro zone. President Christine Lagarde told a press conference that the
governing council remained data dependent and would not pre-commit to a particular path, while markets priced in two cuts
before the end of the year. Economists said wage growth in Germany and Spain would decide the timing.`;
