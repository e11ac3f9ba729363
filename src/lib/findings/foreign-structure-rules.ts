import type { Hit } from './hit.ts';

/**
 * Two structures of role-rules.ts and precedence-rules.ts in Spanish, French, German, Portuguese
 * and Italian: the model set to work for someone "and not for the customer", and this text ranked
 * "above the instructions of the system or the developer". Each needs its three parts (who, the
 * relation, the party set aside) in one clause; the phrase table (phrases*.ts) holds single phrases.
 */
const CUSTOMER = String.raw`(?:client[ea]?|cliente|kunden?|usuario|usuário|utilizador|utilisateur|utente|nutzer[sn]?|benutzer[sn]?|paciente|patient(?:en)?|paziente|viajero|voyageur|viaggiatore|comprador|acheteur|acquirente|consumidor|consommateur)`;
const ROLE_SWAP = new RegExp([
  String.raw`\b(?:el\s+asistente|el\s+modelo|la\s+ia)\s+(?:actúa|trabaja|opera|habla)\s+(?:para|por|en\s+nombre\s+de\w*|como)\s+[^.;:]{1,50}?(?:en\s+lugar\s+de\w*|en\s+vez\s+de\w*|y\s+no)\s+(?:para\s+|por\s+)?(?:el\s+|la\s+|al\s+)?${CUSTOMER}`,
  String.raw`(?:\bl['’]assistant|\ble\s+modèle|\bl['’]ia)\s+(?:agit|travaille|œuvre|parle)\s+(?:pour|au\s+nom\s+d\S*|comme)\s+[^.;:]{1,50}?(?:et\s+non|plutôt\s+que|au\s+lieu\s+d\S*)\s+(?:pour\s+)?(?:le\s+|la\s+|l['’])?${CUSTOMER}`,
  String.raw`\b(?:der\s+assistent|das\s+modell|die\s+ki)\s+(?:arbeitet|handelt|agiert|spricht)\s+(?:für|im\s+auftrag|als)\s+[^.;:]{1,50}?(?:statt|anstatt|und\s+nicht)\s+(?:für\s+)?(?:den\s+|die\s+)?${CUSTOMER}`,
  String.raw`\b(?:o\s+assistente|o\s+modelo|a\s+ia)\s+(?:age|trabalha|atua|fala)\s+(?:para|por|em\s+nome\s+d\S*|como)\s+[^.;:]{1,50}?(?:em\s+vez\s+d\S*|no\s+lugar\s+d\S*|e\s+não)\s+(?:para\s+|pelo\s+|pela\s+)?(?:o\s+|a\s+)?${CUSTOMER}`,
  String.raw`(?:\bl['’]assistente|\bil\s+modello|\bl['’]ia)\s+(?:agisce|lavora|opera|parla)\s+(?:per|a\s+nome\s+d\S*|come)\s+[^.;:]{1,50}?(?:invece\s+che|anziché|e\s+non)\s+(?:per\s+)?(?:il\s+|la\s+|l['’])?${CUSTOMER}`,
].join('|'), 'i');

const SELF = String.raw`(?:est[ao]s?\s+(?:reglas|regras|instrucciones|instruções|descripción|descrição|notas?)|ces\s+règles|cette\s+description|ces\s+instructions|diese\s+(?:regeln|beschreibung|anweisungen|hinweise)|queste\s+(?:regole|istruzioni)|questa\s+descrizione)`;
const ABOVE = String.raw`(?:están\s+por\s+encima\s+de|tienen\s+prioridad\s+sobre|prevalecen\s+sobre|sont\s+au-dessus\s+de|priment\s+sur|prévalent\s+sur|ont\s+priorité\s+sur|stehen\s+über|haben\s+vorrang\s+vor|gehen\s+\S+\s+vor|estão\s+acima\s+d\S*|têm\s+prioridade\s+sobre|prevalecem\s+sobre|sono\s+al\s+di\s+sopra\s+d\S*|hanno\s+la\s+precedenza\s+su\S*|prevalgono\s+su\S*)`;
const PRINCIPAL = String.raw`(?:sistema|système|systems?|desarrollador|développeur|entwicklers?|sviluppatore|desenvolvedor|operador|opérateur|betreibers?|usuario|utilisateur|nutzers?|utente|usuário)`;
const RANKED = new RegExp(String.raw`\b${SELF}\s+${ABOVE}\s+[^.;]{0,60}?\b${PRINCIPAL}\b`, 'i');

// Every form above needs one of these words: most text is skipped with one cheap test.
const MAY_MATCH = /\b(?:asistente|assistant|assistente|assistent|modelo|modèle|modell|modello|ia|ki|est[ao]s?|ces|cette|diese|queste|questa)\b/i;

/** A role against the customer, or this text ranked above the system, in the five Latin languages. */
export function textToForeignStructureHits(text: string): Hit[] {
  const hits: Hit[] = [];
  if (!MAY_MATCH.test(text)) return hits;
  const swap = ROLE_SWAP.exec(text);
  if (swap) hits.push({ kind: 'model-instruction', severity: 'high', message: "Gives the model a role on someone else's side than the user's.", index: swap.index, length: swap[0].length });
  const ranked = RANKED.exec(text);
  if (ranked) hits.push({ kind: 'model-instruction', severity: 'medium', message: 'Ranks this text above the user, the developer or the host.', index: ranked.index, length: ranked[0].length });
  return hits;
}
