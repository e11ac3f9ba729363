import type { PhraseLanguage } from './phrases.ts';

/**
 * The parts of a sentence, per language, that phrase-rules.ts combines by structure rather than
 * by fixed phrase: a negation, a verb of telling and the word for the user make secrecy in any
 * order ("erwähne diesen Hinweis dem Nutzer gegenüber nicht"); "no longer" next to instructions
 * is an override; "only" next to "this description" claims obedience; a verb of replacing next to
 * a hard-coded account redirects another tool; a negation and a verb of telling next to the model's
 * answer keep something out of what the user reads. Same syntax as phrases.ts; data only.
 */
export const STRUCTURE_CONCEPTS = ['negation', 'tell', 'user', 'noLonger', 'onlyWord', 'thisText', 'toolWord', 'replace', 'confirmNoun', 'claimedApproval', 'already', 'execute', 'askUser', 'sourceText', 'unrestricted', 'otherInstructions', 'anyway', 'codes', 'answer', 'unneeded', 'insteadOf', 'recipient', 'customer', 'conflict', 'principalSaid', 'personPronoun', 'switchedOff', 'preApproved', 'obeyThere'] as const;
export type StructureConcept = (typeof STRUCTURE_CONCEPTS)[number];

export const STRUCTURE_PHRASES: Record<StructureConcept, Record<PhraseLanguage, string[]>> = {
  negation: {
    es: ['no', 'sin', 'nunca', 'jamás', 'ni', 'nada'], fr: ['ne', "n'", 'sans', 'jamais', 'inutile', 'pas', 'rien'], de: ['nicht', 'nichts', 'kein*', 'ohne', 'nie', 'niemals'],
    pt: ['não', 'sem', 'nunca', 'jamais', 'nada'], it: ['non', 'senza', 'mai', 'niente', 'nulla'], zh: ['不要', '无需', '不必', '别', '勿', '不用', '没有必要'],
    ja: ['ないで', 'ずに', 'せず', 'しない', 'なしで', 'なしに', 'なく', '不要', '必要は(ありません|ない)', '必要ありません'], ko: ['않', '말고', '마세요', '마십시오', '없이', '금지'], ru: ['не', 'без', 'никогда', 'ни'],
  },
  tell: {
    es: ['dig*', 'dec(i|í)r*', 'enterar*', 'saberlo', 'contar*', 'coment*', 'mencion*', 'avis*', 'inform*', 'cuent(es|e|en)', 'cuénta(le|selo|sela|lo|la)', 'revel*', 'muestr*', 'mostrar*', 'notifi*', 'advert*'],
    fr: ['dis', 'dites', 'dire', 'le savoir', 'au courant', 'précis(e|er|ez)', 'signal*', 'mentionn*', 'parl*', 'inform*', 'révél*', 'montr*', 'prévien*', 'préven*', 'avert*'],
    de: ['sag*', 'erwähn*', 'informier*', 'mitteil*', 'teile … mit', 'zeig*', 'benachrichtig*', 'erklär*', 'verrat*', 'Bescheid', 'erfahr*', 'merk*'],
    pt: ['diga*', 'dizer', '(saber|sabendo) (disto|disso|isto|isso|de nada)', 'sabê-lo', 'cont(e|ar|ou|ando|em)', 'conte-lhe', 'mencion*', 'inform*', 'revel*', 'avis*', 'mostr*', 'comunic*'],
    it: ['dir*', 'saperlo', 'venirne a conoscenza', 'menzion*', 'inform*', 'rivel*', 'avvis*', 'mostr*', 'segnal*', 'comunic*', 'parl*'],
    zh: ['告诉', '告知', '通知', '汇报', '报告', '提及', '提到', '透露', '说明', '显示', '知道'],
    ja: ['知らせ', '伝え', '言わ', '報告', '連絡', '教え', '見せ', '触れ', '言及', '通知', '表示'],
    ko: ['알리', '알려', '말하', '보고', '말씀', '보여', '언급', '통보', '표시'],
    ru: ['говори*', 'сообща*', 'сообщи*', 'знать об этом', 'об этом (знать|узна*)', 'узна* об этом', 'рассказыва*', 'упомина*', 'упомяни*', 'показыва*', 'предупрежда*', 'информир*'],
  },
  user: {
    es: ['usuari*'], fr: ['utilisat*'], de: ['Nutzer*', 'Benutzer*', 'Anwender*'], pt: ['usuári*', 'utilizador*'], it: ['utent*'],
    zh: ['用户'], ja: ['ユーザー'], ko: ['사용자'], ru: ['пользовател*'],
  },
  noLonger: {
    es: ['no (aplican|se aplican|valen|rigen) (aquí|a esta|para esta|en esta)', 'ya no', 'dejaron de', 'han dejado de', 'no están vigentes', 'sin efecto', 'abolid*', 'retirad*', 'descontinuad*', 'anulad*', 'caducad*', 'suspendid*', 'sustituid*', 'reemplazad*'],
    fr: ["ne s'appliquent pas (ici|à cet|pour cet|dans cet)", 'ne (valent|comptent) pas ici', 'ne … plus', "n'… plus", 'caduque*', 'périmé*', 'annulé*', 'sans effet', 'suspendu*', 'remplacée?s?', 'aboli*', 'supprimée?s? (depuis|dans|avec) la version'],
    de: ['gelten hier nicht', 'gelten (für|bei) (dieses|diesem) … nicht', 'hier nicht (gültig|maßgeblich)', 'nicht mehr', 'nicht länger', 'ungültig', 'außer Kraft', 'aufgehoben', 'veraltet', 'ausgesetzt', 'ersetzt', 'abgeschafft', 'entfällt', 'entfallen'],
    pt: ['não (se aplicam|valem) (aqui|a esta|nesta|para esta)', 'não … mais', 'deixaram de', 'deix* de valer', 'deix* de (existir|ser necessári*)', 'descontinuad*', 'abolid*', 'sem efeito', 'revogad*', 'obsolet*', 'suspens*', 'substituíd*'],
    it: ['non (valgono|si applicano|contano) (qui|a questo|per questo|in questo)', 'non … più', 'decadut*', 'annullat*', 'revocat*', 'obsolet*', 'sospes*', 'sostituit*', 'abolit*', 'superat*', 'dismess*'],
    zh: ['在这里不适用', '对本工具不适用', '不再', '失效', '作废', '已过时', '无效', '暂停', '废止'], ja: ['ここでは適用されません', 'もう', '無効', '失効', '適用されない', '従う必要はない', '廃止', '停止'],
    ko: ['여기서는 적용되지', '더 이상', '무효', '효력', '폐기', '중지', '폐지'], ru: ['здесь не действу*', 'не действу* (здесь|для этого)', 'больше не', 'уже не', 'недействительн*', 'отменен*', 'устарел*', 'приостановлен*', 'заменен*'],
  },
  onlyWord: {
    es: ['únicamente', 'solo', 'solamente', 'exclusivamente'], fr: ['uniquement', 'seulement', 'exclusivement', "qu'à", "seule?s? (les |la |le |l')?(règles|consignes|instructions|directives|politiques?|indications)"], de: ['ausschließlich', 'nur', 'allein'],
    pt: ['apenas', 'somente', 'unicamente', 'exclusivamente', 'só (as |a )?(regras|instruções|normas|políticas?|orientações)'], it: ['solo', 'soltanto', 'unicamente', 'esclusivamente'],
    zh: ['一律', '只', '仅', '唯一', '为准'], ja: ['のみ', 'だけ'], ko: ['만', '오직'], ru: ['только', 'исключительно'],
  },
  thisText: {
    es: ['(las )?(reglas|normas|políticas?) de este servicio', 'esta política', 'esta descripción', 'este texto', 'esta nota', 'esta herramienta', 'lo escrito aquí', 'lo que (dice|pone) aquí'],
    fr: ['(les )?(règles|consignes|politiques?) de ce service', 'cette politique', 'la présente description', 'cette description', 'ce texte', 'cette note', 'cet outil', 'ce qui est écrit ici'],
    de: ['(die )?(Regeln|Vorgaben|Richtlinien) dieses (Dienstes|Tools|Werkzeugs)', 'diese* Richtlinie', 'diese* Beschreibung', 'diese* Text', 'diese* Hinweis*', 'diese* Anweisung*', 'diese* Notiz*', 'diese* Tool*', 'was hier steht'],
    pt: ['(as )?(regras|normas|políticas?) deste serviço', 'esta política', 'esta descrição', 'este texto', 'esta nota', 'esta ferramenta', 'o que está escrito aqui'],
    it: ['(le )?(regole|norme|politiche) di questo servizio', 'questa politica', 'questa descrizione', 'questo testo', 'questa nota', 'questo strumento', 'quanto (scritto|indicato) qui'],
    zh: ['本工具说明', '本说明', '这段说明', '此说明', '本描述', '本工具'], ja: ['この説明', '本説明', 'このツールの説明', 'このツール'],
    ko: ['이 설명', '이 도구 설명', '본 설명', '이 도구'], ru: ['эт* описани*', 'эт* текст*', 'эт* заметк*', 'эт* инструмент*'],
  },
  toolWord: {
    es: ['herramienta*'], fr: ['outil*'], de: ['Tool*', 'Werkzeug*'], pt: ['ferramenta*'], it: ['strument*'],
    zh: ['工具'], ja: ['ツール'], ko: ['도구', '툴'], ru: ['инструмент*'],
  },
  replace: {
    es: ['reemplaz*', 'sustitu*', 'cambia*'], fr: ['remplac*', 'substitu*'], de: ['ersetz*', 'einzutragen', 'eintragen', 'trage … ein'],
    pt: ['substitu*', 'troque*', 'troca*'], it: ['sostitu*', 'rimpiazz*'], zh: ['替换', '换成', '改为', '改成'],
    ja: ['置き換え', '置換', '変更して', '差し替え'], ko: ['바꾸', '바꿔', '변경', '대체'], ru: ['замени*', 'подмени*', 'измени*'],
  },
  confirmNoun: {
    es: ['confirmaci*', 'visto bueno', 'permiso', 'aprobaci*', 'autorizaci*', 'consentimiento'], fr: ['confirmation', 'permission', 'autorisation', 'validation', 'consentement', 'accord'],
    de: ['Bestätigung*', 'Rückfrage*', 'Zustimmung', 'Erlaubnis', 'Genehmigung', 'Nachfrage', 'Einverständnis'], pt: ['confirmaç*', 'permiss*', 'aprovaç*', 'autorizaç*', 'consentimento'],
    it: ['conferma', 'permesso', 'autorizzazione', 'approvazione', 'consenso'], zh: ['确认', '同意', '许可', '批准', '授权'], ja: ['確認', '承認', '許可', '同意'],
    ko: ['확인', '승인', '허락', '동의'], ru: ['подтверждени*', 'разрешени*', 'согласи*', 'одобрени*'],
  },
  claimedApproval: {
    es: ['ya (lo )?(aprobó|autorizó|confirmó|aceptó)', 'de antemano', 'previamente autorizad*'],
    fr: ['déjà (approuvé|autorisé|validé|accepté)', "à l'avance", 'par avance'],
    de: ['bereits (genehmigt|zugestimmt|bestätigt|freigegeben)', 'im Voraus'], pt: ['já (aprovou|autorizou|confirmou)', 'de antemão', 'previamente autorizad*'],
    it: ['già (approvato|autorizzato|confermato)', 'in anticipo', 'preventivamente'], zh: ['已经同意', '已同意', '已批准', '已授权', '事先同意'],
    ja: ['承認済み', '既に承認', '事前に承認', 'すでに承認'], ko: ['이미 … 승인', '이미 … 동의', '사전 승인'], ru: ['уже (одобрил|разрешил|подтвердил|согласился)', 'заранее'],
  },
  execute: {
    // The passive and the infinitive after a modal too: "deben cumplirse", "doivent être suivies", "devem ser seguidas".
    es: ['ejecut*', 'sigue', 'obedece*', 'cumple*', 'atente a', 'cumplirse', 'cumplid(a|o)s', 'seguirse', 'seguid(a|o)s', 'obedecid(a|o)s', 'haz lo que', 'hagas lo que'], fr: ['exécut*', 'suis', 'suivez', 'applique*', 'obéis', 'conforme-toi', 'respecte', 'suivie?s', 'être suivie?s?', 'obéie?s', "fais ce qu"], de: ['führe … aus', 'befolg*', 'ausführ*', 'ausgeführt', 'auszuführen', 'zu befolgen', 'halte dich an', 'richte dich nach'],
    pt: ['execut*', 'siga', 'obedeça', 'cumpra', 'cumprid*', 'seguid(a|o)s', 'obedecid(a|o)s', 'segue (as|os|estas|essas|todas)', 'obedece (às|aos|a)', 'cumpre (as|os)', 'faça o que'], it: ['esegu*', 'segui', 'obbedisci', 'applica', 'attieniti', 'rispetta', 'seguit(e|i)', 'obbedit(e|i)', 'fai quello che'], zh: ['执行', '遵循', '照做', '按照'],
    ja: ['実行', '従って', '従う'], ko: ['실행', '따르', '수행'], ru: ['выполни*', 'выполня*', 'следуй*', 'исполни*', 'исполня*'],
  },
  // "Already", for a claim that the user agreed before being asked.
  already: {
    es: ['ya'], fr: ['déjà'], de: ['bereits', 'schon'], pt: ['já'], it: ['già'], zh: ['已经'], ja: ['既に', 'すでに'], ko: ['이미'], ru: ['уже'],
  },
  // Without limits, filters or refusals: a change of the model's conduct.
  unrestricted: {
    es: ['sin (las |los |ningun(a|o) |tus )?(restricciones|filtros|límites|censura|reglas)( habituales)?'], fr: ['sans (les |aucune |tes |vos )?(restrictions?|filtres?|limites?|censure|règles)( habituelles)?'],
    de: ['ohne (die |jegliche |alle |deine )?(üblichen )?(Einschränkungen|Filter|Grenzen|Zensur|Regeln)'], pt: ['sem (as |os |nenhuma |suas )?(restrições|filtros|limites|censura|regras)( habituais)?'],
    it: ['senza (le |i |alcuna |alcun )?(restrizioni|filtri|limiti|censura|regole)( abituali)?'], zh: ['没有限制', '不受限制', '无限制', '无任何限制', '不受任何约束'],
    ja: ['制限なし', '制限なく', '制限を解除', '制約なし'], ko: ['제한 없이', '제한 없는', '제약 없이'], ru: ['без (ограничений|фильтров|цензуры|правил)'],
  },
  // Every other instruction: what a claim of priority sets itself over.
  otherInstructions: {
    es: ['(todas las demás|cualquier otra|cualesquiera otras) (instrucci*|indicaci*|reglas|órdenes)', '(las|todas las) (instrucciones|indicaciones|reglas|órdenes) (anteriores|previas)'], fr: ['(toutes les autres|toute autre|toutes autres) (consignes?|instructions?|règles|directives?)', '(les|toutes les) (consignes|instructions|règles|directives) (antérieures|précédentes)'],
    // The earlier ones too: "vor allen bisherigen Vorgaben", "sur toutes les consignes antérieures".
    de: ['(allen|alle|jeder|jede) (anderen|andere|bisherigen|früheren|vorherigen|sonstigen) (Anweisung*|Vorgabe*|Regel*|Richtlinie*)'], pt: ['(todas as outras|qualquer outra) (instruç*|regras|orientaç*)', '(as|todas as) (instruções|orientações|regras) (anteriores|prévias)'],
    it: ['(tutte le altre|qualsiasi altra|ogni altra) (istruzion*|regol*|indicazion*)', '(le|tutte le) (istruzioni|indicazioni|regole) (precedenti|anteriori)'], zh: ['其他所有指令', '任何其他指令', '其他指示', '其他规则'],
    ja: ['他のすべての指示', '他の指示', 'ほかの指示'], ko: ['다른 모든 지시', '다른 지시', '다른 규칙'], ru: ['(все|любые) (остальные|другие) (инструкци*|указани*|правил*)'],
  },
  // "Anyway", after what the user said: acting against the user's choice.
  anyway: {
    es: ['de todos modos', 'igualmente', 'aun así', 'de todas formas', 'sea cual sea (la petición|el pedido|lo que)', 'independientemente de lo que … (pida|diga|elija|escriba)', '(aunque|incluso si) … (diga|haya dicho|dijera|pida|haya pedido|indique) (otra cosa|lo contrario)'], fr: ['quand même', 'malgré tout', 'tout de même', 'quelle que soit (sa|la) demande', 'quoi qu\'… (dise|demande|choisisse|écrive)', 'peu importe ce qu\'… (dit|demande|choisit)', 'même si … (dit|a dit|dise|demande|a demandé|indique|a indiqué) (autre chose|le contraire|l\'inverse)'], de: ['trotzdem', 'dennoch', 'auf jeden Fall', '(egal|unabhängig davon|gleichgültig), was … (sagt|verlangt|wählt|will|schreibt)', '(auch|selbst) wenn … (etwas anderes|das Gegenteil) (sagt|gesagt|verlangt|wünscht|angibt)'],
    pt: ['mesmo assim', 'de qualquer forma', 'de qualquer jeito', 'seja qual for o (pedido|que)', 'independentemente do que … (peça|pedir|diga|disser|escolha|escolher)', 'mesmo que … (diga|tenha dito|peça|tenha pedido|indique) (outra coisa|o contrário)'], it: ['comunque', 'lo stesso', 'in ogni caso', 'qualunque cosa … (chieda|dica|scelga|scriva)', 'indipendentemente da (ciò|quello) che … (chieda|dica|scelga)', 'anche se … (dice|ha detto|dica|abbia detto|chiede|ha chiesto) (altro|diversamente|il contrario|altrimenti)'], zh: ['仍然', '还是要', '照样', '无论…说什么', '不管…说什么'],
    ja: ['それでも', 'かまわず', '構わず', '何を言っても', 'にかかわらず', 'に関わらず'], ko: ['그래도', '상관없이', '뭐라고 하든', '무엇을 말하든'], ru: ['всё равно', 'все равно', 'всё-таки', 'что бы ни'],
  },
  // One-time codes and PINs: what a tool sends the user, and what an attack asks the user for.
  codes: {
    es: ['códigos? de (verificación|seguridad|acceso)', 'PIN'], fr: ['codes? (de vérification|de sécurité|PIN)'], de: ['(Bestätigungs|Sicherheits|Verifizierungs)code*', 'PIN', 'TAN'],
    pt: ['códigos? de (verificação|segurança|acesso)', 'PIN'], it: ['(codice|codici) di (verifica|sicurezza|accesso)', 'PIN'], zh: ['验证码', '动态码'],
    ja: ['暗証番号', '認証コード', 'ワンタイムパスワード'], ko: ['인증번호', '인증 코드', 'OTP'], ru: ['код* подтверждени*', 'код* из (SMS|СМС)', 'пин-код*'],
  },
  // Where outside text comes from: emails, pages, documents, messages, tickets.
  sourceText: {
    // Tickets, logs, reviews and issues are text the tool reads too, in every language.
    es: ['artículo*', 'entrada*', 'correo*', 'e-?mails?', 'página*', 'documento*', 'mensaje*', 'archivo*', 'comentario*', 'ticket*', 'invitaci*', 'hilo*', 'reseña*', 'incidencia*', 'registros?'], fr: ['article*', 'publication*', 'courriel*', 'e-?mails?', 'page*', 'document*', 'message*', 'fichier*', 'commentaire*', 'ticket*', 'invitation*', 'avis', 'journaux', 'logs?'],
    de: ['Artikel*', 'Beitr(a|ä)g*', 'E-?Mail*', 'Webseite*', 'Seite*', 'Dokument*', 'Nachricht*', 'Datei*', 'Kommentar*', 'Ticket*', 'Bewertung*', 'Logs?', 'Protokoll*'], pt: ['artigo*', 'postage*', 'e-?mails?', 'página*', 'documento*', 'mensage*', 'arquivo*', 'comentário*', 'ticket*', 'chamado*', 'avaliaç*', 'logs?'],
    it: ['articol*', 'e-?mail', 'pagin*', 'document*', 'messagg*', 'file', 'comment*', 'ticket', 'recension*', 'log'], zh: ['文章', '帖子', '邮件', '网页', '页面', '文档', '消息', '文件', '评论', '工单', '日志', '票据'],
    ja: ['記事', '投稿', 'メール', 'ウェブページ', 'ページ', '文書', 'ドキュメント', 'メッセージ', 'ファイル', 'コメント', 'チケット', 'ログ', 'レビュー'], ko: ['기사', '게시물', '이메일', '메일', '웹페이지', '페이지', '문서', '메시지', '파일', '댓글', '티켓', '로그', '리뷰'],
    ru: ['стать*', 'пост*', 'письм*', 'писем', 'страниц*', 'документ*', 'сообщени*', 'файл*', 'комментари*', 'тикет*', 'заявк*', 'лог*', 'отзыв*'],
  },
  // The model's answer, where what the user is told is written: "ne le mentionne pas dans ta réponse".
  answer: {
    es: ['respuesta*'], fr: ['réponse*'], de: ['Antwort*'], pt: ['resposta*'], it: ['rispost*'],
    zh: ['回答', '回复', '答复'], ja: ['回答', '返答', '応答', '返信'], ko: ['응답', '답변', '대답'], ru: ['ответ*'],
  },
  askUser: {
    es: ['(pide|pídele|pregunta|solicita)( al| a los)? usuari*'], fr: ["demande(z)? à l'utilisat*", 'demande-lui'],
    de: ['(frag*|bitte|fordere) (den|die) (Nutzer|Benutzer)*'], pt: ['(peça|pergunte|solicite) ao (usuário|utilizador)'],
    it: ["(chiedi|chiedete|domanda) all'utente"], zh: ['向用户索要', '向用户索取', '请用户给出', '让用户提供', '请用户提供', '询问用户', '向用户询问'],
    ja: ['ユーザーに…(尋ね|聞い|入力してもら|教えてもら)'], ko: ['사용자에게 … (요청|물어|입력)', '사용자의 … 물어'], ru: ['(попроси*|спроси*|запроси*) (у )?пользовател*'],
  },
  // "No need to", "not necessary": a verb made optional, before or after it ("Сообщать … не требуется", "必要はありません").
  unneeded: {
    es: ['no (hace|hará) falta', 'no (es|son) (necesari*|precis(o|a|os|as)|obligatori*|requerid*)', 'ya no se (pide|requiere|exige)', 'no (hay|habrá) que', 'innecesari(o|a)', 'sin necesidad de', 'no necesita*'],
    fr: ['inutile', '(pas|nul|aucun) besoin', "(n'est|ne sont) (pas|plus) (nécessaire|requis|requise|requises|obligatoire|utile)s?", 'superflu*', "(n'|ne )?(a|ont) pas besoin"],
    de: ['nicht (mehr )?(nötig|notwendig|erforderlich|verpflichtend)', 'unnötig', 'überflüssig', 'entbehrlich', 'braucht … nicht', 'brauchst … nicht', 'müssen … nicht', 'muss … nicht'],
    pt: ['não (é|são|será) (necessári*|precis(o|a|os|as)|obrigatóri*|exigid*)', 'desnecessári(o|a)', 'dispensáve(l|is)', 'não (há|haverá) necessidade', 'sem necessidade de', 'não precisa*'],
    it: ['non (è|sono|sarà) (necessari*|obbligatori*|richiest*)', 'non serve', 'non servono', 'inutile', "non c'è bisogno", 'superflu(o|a)', 'senza bisogno di'],
    zh: ['无需', '不需要', '不必', '没必要', '没有必要', '用不着', '不用'],
    ja: ['必要は(ありません|ない)', '必要ありません', '必要ない', '不要', 'なくて(よい|いい|も構いません|もよい|もいい)'],
    ko: ['필요(가|는)? 없', '않아도 됩니다', '않아도 된다', '불필요'],
    ru: ['не (требуется|нужно|надо|обязательно|стоит)', 'нет необходимости', 'незачем', 'излишн*'],
  },
  // "Instead of", "in place of": the value written set against another ("… statt des vom Nutzer genannten").
  insteadOf: {
    es: ['en (vez|lugar) de', 'en sustitución de'], fr: ['au lieu d(e|u|es)', "au lieu d'", 'à la place d(e|u|es)', "à la place d'", 'plutôt que', 'en remplacement d(e|u|es)'],
    de: ['statt', 'anstatt', 'anstelle', 'an Stelle'], pt: ['em (vez|lugar) d(e|o|a|os|as)', 'no lugar d(e|o|a|os|as)', 'ao invés d(e|o|a)'],
    it: ['invece d(i|el|ella|ei|elle)', 'al posto d(i|el|ella|ei|elle)', 'anziché', 'in luogo d(i|el|ella)'],
    zh: ['而不是', '而非', '代替', '取代'], ja: ['ではなく', '代わりに', 'の代わり'], ko: ['대신', '이 아닌', '가 아닌'], ru: ['вместо'],
  },
  // Who receives: the recipient, payee or addressee of a call.
  recipient: {
    es: ['destinatari(o|a|os|as)', 'beneficiari(o|a|os|as)'], fr: ['destinataire*', 'bénéficiaire*'], de: ['Empfänger*', 'Zahlungsempfänger*', 'Adressat*'],
    pt: ['destinatári(o|a|os|as)', 'beneficiári(o|a|os|as)', 'favorecid(o|a|os|as)'], it: ['destinatari(o|a)?', 'beneficiari(o|a)?'],
    zh: ['收件人', '收款人', '接收人', '收款方'], ja: ['宛先', '受信者', '受取人', '送金先', '振込先'], ko: ['수신자', '받는 사람', '수취인', '받는 계좌'], ru: ['получател*', 'адресат*'],
  },
  // The customer, for a choice set aside "instead of the one the customer picked"; kept apart from `user` so that secrecy rules stay about the user.
  customer: {
    es: ['client(e|es|a|as)'], fr: ['client(e|s|es)?'], de: ['Kunde*', 'Kundin*'], pt: ['client(e|es)'], it: ['client(e|i)'],
    zh: ['客户', '顾客'], ja: ['顧客', 'お客様'], ko: ['고객'], ru: ['клиент*', 'покупател*'],
  },
  // "In case of conflict": with this text and the model's instructions, a ranking of the two.
  conflict: {
    es: ['en caso de (conflicto|contradicción|discrepancia)', 'si (hay|existe) (conflicto|contradicción|discrepancia)', 'ante (cualquier )?(conflicto|contradicción)'],
    fr: ['en cas de (conflit|contradiction|divergence)', "s'il y a (conflit|contradiction)"],
    de: ['bei (Widerspr(ü|u)ch*|Konflikt*|Abweichung*)', 'im (Konfliktfall|Zweifel|Zweifelsfall)', 'wenn … (widersprechen|kollidieren)'],
    pt: ['em caso de (conflito|contradição|divergência)', 'se houver (conflito|contradição)'],
    it: ['in caso di (conflitto|contraddizione|discrepanza)', 'se (c\'è|ci sono) (conflitt*|contraddizion*)'],
    zh: ['如有冲突', '如果冲突', '发生冲突', '冲突时', '不一致时', '相矛盾'], ja: ['矛盾する場合', '競合する場合', '食い違う場合', '矛盾があれば', '衝突する場合'],
    ko: ['충돌할 경우', '충돌하는 경우', '충돌 시', '상충하는 경우', '상충할 경우'], ru: ['в случае (конфликта|противоречия|расхождения)', 'при (конфликте|противоречии|расхождении)', 'если … противоречат'],
  },
  // The person told, as a pronoun ("Inutile de le lui signaler", "No hace falta decírselo", "Non serve dirglielo"): in a tool's
  // description the person the model answers. Only object pronouns of telling; possessives and articles ("leur", "ihr", "gli") are left out.
  personPronoun: {
    es: ['*selo', '*sela', '*selos'], fr: ['le lui', 'la lui', 'les lui', 'lui', 'le leur'], de: ['ihm'], pt: ['lhe', '*-lhe', 'lhes'], it: ['*glielo', '*gliela', 'dirgli', 'avvisarlo'],
    zh: [], ja: [], ko: [], ru: ['ему', 'ей'],
  },
  // Switched off, as a setting is: with the user's confirmation in one clause, the check dropped ("confirmações … estão desativadas").
  // Kept apart from `noLonger`: firewall rules or filters switched off are a tool's business, not the model's instructions.
  switchedOff: {
    es: ['desactivad(o|a|os|as)', 'deshabilitad(o|a|os|as)'], fr: ['désactivée?s?'], de: ['deaktiviert', 'abgeschaltet', 'ausgeschaltet'], pt: ['desativad(o|a|os|as)', 'desligad(o|a|os|as)'],
    it: ['disattivat(o|a|i|e)', 'disabilitat(o|a|i|e)'], zh: ['已关闭', '已禁用'], ja: ['無効化', 'オフ'], ko: ['비활성화', '꺼져'], ru: ['отключен*'],
  },
  // Approved in advance, as a status: an attack only where the sentence also deletes, pays or writes ("Les suppressions sont
  // pré-approuvées"); "les brouillons pré-approuvés apparaissent en vert" lists a status.
  preApproved: {
    es: ['preaprobad(o|a|os|as)', 'pre-aprobad(o|a|os|as)', 'aprobad(o|a|os|as) de antemano'], fr: ['pré-?approuvée?s?', "approuvée?s? d'avance"], de: ['vorab (freigegeben|genehmigt|bestätigt|autorisiert)', 'vorgenehmigt'],
    pt: ['pré-?aprovad(o|a|os|as)'], it: ['pre-?approvat(o|a|i|e)', 'preautorizzat(o|a|i|e)'], zh: ['预先批准', '已预先授权'], ja: ['事前承認済み'], ko: ['사전 승인된'], ru: ['предварительно (одобрен*|согласован*)'],
  },
  // Obeying what is written at a place just named ("applique ce qui y est écrit", "befolge, was dort steht", "そこに書かれた手順に従って"):
  // with a URL in the sentence, the instructions live on a server the catalogue never sees. The verb is part of each phrase.
  obeyThere: {
    es: ['(haz|haga|sigue|siga|cumple|cumpla|ejecuta|ejecute) lo que (diga|dice|indique|indica|ponga|pone) (allí|ahí|en él|en ella)', '(sigue|siga|ejecuta|ejecute) las (instrucciones|indicaciones) que (contiene|hay allí|hay ahí)', 'hacer lo que (diga|dice|pida|pide)'],
    fr: ["(applique|appliquez|suis|suivez|exécute|exécutez|fais|faites) ce qui y est (écrit|indiqué|demandé)", "(applique|appliquez|suis|suivez|exécute|exécutez|fais|faites) ce qu'(il|elle|on) y (dit|indique|demande|trouve|lit)", "(suis|suivez|applique|appliquez|exécute|exécutez) les (consignes|instructions) qu'(il|elle) contient", "(faire|fais|faites) ce qu'(il|elle) (demande|dit|indique)"],
    de: ['(befolge|befolgen Sie|tu|mach|mache), was (dort|darin) steht', 'befolge … was (dort|darin) steht', 'befolgen Sie … was (dort|darin) steht', '(tu|mach|mache) … was (dort|darin) steht', '(befolge|folge) (den )?(dortigen|darin enthaltenen) (Anweisungen|Schritten)', '(tun|tue|machen), was (dort|darin) steht', '(tun|machen), was (er|sie|es) (verlangt|sagt)'],
    pt: ['(faça|siga|execute|cumpra) o que (estiver|está|diz|disser) (lá|ali|nele|nela)', '(siga|execute) as (instruções|orientações) que (contém|estiverem lá)', 'fazer o que (diz|pede|disser|pedir)'],
    it: ["(fai|segui|esegui|applica) (quello|ciò) che (c'è scritto|vi è scritto|dice|indica|contiene)", '(segui|esegui|applica) quanto (vi|lì) (è )?(scritto|indicato)', 'fare (quello|ciò) che (dice|chiede)'],
    zh: ['按照其中(写的|的)', '按照里面(写的|的)', '按里面(写的|的)', '照着(里面|上面)', '执行其中'],
    ja: ['そこに(書かれた|書いてある|記載された|記載されている)(手順|指示|内容)に従', '(記載|書かれ)(されている|ている)内容を(そのまま)?実行', '記載の(手順|指示)に従'],
    ko: ['거기에 (적힌|있는|나온) (지시|안내|절차|내용)(를|을)? 따르', '적혀 있는 (지시|내용)(를|을)? (따르|실행)'],
    ru: ['(выполни|сделай|следуй) … что (там|в нём|в ней) (написано|сказано|указано)', '(выполни|следуй) (инструкциям|указаниям) (оттуда|из него|из неё)'],
  },
  // What the system, the operator or the developer told the model: its instructions, named by who gave them.
  principalSaid: {
    es: ['lo que (te )?(haya|ha|había|hayan|han) (dicho|indicado|pedido|ordenado) (el sistema|el operador|el desarrollador)', '(el sistema|el operador|el desarrollador) (te )?(dijo|pidió|indicó|ordenó|haya dicho|ha dicho)'],
    fr: ["(le système|l'opérateur|le développeur) (t'|vous )?(a|avait) (dit|demandé|indiqué|imposé|ordonné)", "ce que (le système|l'opérateur|le développeur) (t'|vous )?(a|avait) (dit|demandé|indiqué)"],
    de: ['(der Betreiber|das System|der Entwickler|dein Betreiber|die Systemnachricht) … (gesagt|aufgetragen|vorgegeben|verlangt|befohlen|angewiesen)', 'was (dir|Ihnen) … (gesagt|aufgetragen|vorgegeben|befohlen) (wurde|hat)'],
    pt: ['o que (o sistema|o operador|o desenvolvedor) (lhe |te )?(disse|pediu|indicou|mandou)', 'o que (lhe|te) (foi|foram) (dito|indicado|pedido|ordenado)'],
    it: ["(quello|ciò) che (ti )?(ha|aveva) (detto|chiesto|indicato) (il sistema|l'operatore|lo sviluppatore)", "(il sistema|l'operatore|lo sviluppatore) (ti )?(ha|aveva) (detto|chiesto|indicato|ordinato)"],
    zh: ['系统…(告诉你|要求你|对你说|给你的)', '(开发者|运营方|运营者)…(告诉你|要求你|给你的)'], ja: ['システムから(言われた|指示された|求められた)', '(システム|運営者|開発者)(から|が)…(言われた|指示された|言った|求めた)'],
    ko: ['시스템이 … (말한|지시한|요청한|시킨)', '(운영자|개발자)가 … (말한|지시한|요청한|시킨)'], ru: ['что (тебе )?(сказала|велела|поручила|приказала) (система|оператор|разработчик)', '(система|оператор|разработчик) (тебе )?(сказал*|велел*|поручил*|приказал*)'],
  },
};
