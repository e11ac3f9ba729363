/**
 * The audit's phrase table for languages other than English: for each idea a poisoned definition
 * needs, the words that carry it. Data only; phrase-rules.ts compiles it and combines ideas within
 * a sentence (a verb that sets aside + instructions = an override; a moving verb + user data = a
 * harvest). Written for the imperative and second person, the voice of an injected instruction.
 *
 * Syntax of a phrase: a space matches any run of white space; `…` matches up to 50 characters of
 * the same sentence (a stop inside an address or a URL does not end it); a word ending in `*` matches any ending (stems: `instrucci*`); `(a|b)` and a
 * trailing `?` after a group work as in a regular expression. Matching ignores case.
 */
export const PHRASE_CONCEPTS = ['dismiss', 'instructions', 'priority', 'obeyOnly', 'secrecy', 'covertly', 'move', 'userData', 'role', 'skipConfirmation', 'addressModel', 'copyTo'] as const;
export type PhraseConcept = (typeof PHRASE_CONCEPTS)[number];

export const PHRASE_LANGUAGES = ['es', 'fr', 'de', 'pt', 'it', 'zh', 'ja', 'ko', 'ru'] as const;
export type PhraseLanguage = (typeof PHRASE_LANGUAGES)[number];

/** How a language's words are delimited: `words` (spaces, match whole words), `prefix` (particles follow, as in Korean) or `none` (Chinese, Japanese). */
export const WORD_BOUNDARIES = { es: 'words', fr: 'words', de: 'words', pt: 'words', it: 'words', ru: 'words', ko: 'prefix', zh: 'none', ja: 'none' } as const satisfies Record<PhraseLanguage, 'words' | 'prefix' | 'none'>;

/**
 * Short words that tell a language apart from English in a sentence. A phrase of a Latin-script
 * language counts only in a sentence with more of its language's words than English ones, so the
 * Italian stem `includi*` never reads "including" as Italian.
 */
export const FUNCTION_WORDS = {
  en: ['the', 'and', 'of', 'to', 'is', 'are', 'with', 'for', 'this', 'that', 'from', 'by', 'be', 'it', 'or', 'on', 'as', 'its', 'your', 'you', 'will', 'an', 'was', 'which', 'when', 'if', 'not', 'into', 'their'],
  es: ['cuando', 'siempre', 'el', 'los', 'las', 'del', 'de', 'que', 'y', 'para', 'con', 'por', 'una', 'es', 'al', 'su', 'sus', 'lo', 'le', 'no', 'se', 'tus', 'esta', 'este', 'todas', 'todos', 'sin', 'pero', 'como', 'más', 'cada'],
  fr: ['quand', 'toujours', 'le', 'les', 'des', 'du', 'de', 'et', 'une', 'pour', 'avec', 'dans', 'ne', 'pas', 'est', 'au', 'aux', 'vos', 'ses', 'sur', 'tu', 'vous', 'rien', 'toutes', 'tous', 'tes', 'ces', 'cette', 'sans', 'mais', 'plus', 'ou', 'chaque'],
  de: ['wenn', 'immer', 'der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'für', 'dem', 'den', 'ein', 'eine', 'zu', 'auf', 'von', 'sie', 'du', 'nichts', 'alle', 'deine', 'dein', 'deinen', 'diese', 'dieser', 'nur', 'jetzt', 'noch', 'auch', 'oder', 'sind', 'wird', 'keine', 'bei', 'aus', 'davon', 'im', 'jede', 'jeden', 'jedes'],
  pt: ['os', 'da', 'do', 'de', 'dos', 'das', 'não', 'em', 'nesta', 'neste', 'esta', 'este', 'ele', 'ela', 'um', 'uma', 'com', 'ao', 'seu', 'sua', 'você', 'é', 'e', 'o', 'as', 'no', 'na', 'para', 'que', 'sem', 'suas', 'seus', 'todas', 'todos', 'mais'],
  it: ['quando', 'sempre', 'comunque', 'il', 'gli', 'della', 'delle', 'nelle', 'nella', 'avesse', 'fosse', 'di', 'che', 'per', 'non', 'un', 'una', 'è', 'con', 'nel', 'alla', 'dei', 'le', 'e', 'la', 'tutte', 'nulla', 'questo', 'questa', 'senza', 'tuoi', 'tue', 'sono', 'anche', 'più', 'ogni', 'dell', 'nell', 'sull', 'degli'],
} as const;

export const PHRASES: Record<PhraseConcept, Record<PhraseLanguage, string[]>> = {
  // Verbs that set something aside.
  dismiss: {
    es: ['deja a un lado', 'aparta', 'ignora*', 'ignore', 'ignoren', 'ignores', 'ignoréis', 'olvida*', 'olvide*', 'descarta*', 'descartes', 'omite', 'omitas', 'haz caso omiso', 'no hagas caso', 'pasa por alto', 'deja de lado', 'ya no (aplican|son válidas|cuentan)'],
    fr: ['mets de côté', 'mettez de côté', 'laisse de côté', 'laissez de côté', 'ignore', 'ignorez', 'ignores', 'ignoriez', 'oublie', 'oubliez', 'oublies', 'oubliiez', 'fais abstraction', 'faites abstraction', 'ne tiens pas compte', 'ne tenez pas compte', 'néglige*', 'ne (s\'appliquent|comptent) plus'],
    de: ['lass … beiseite', 'lege … beiseite', 'spielt … keine Rolle mehr', 'spielen … keine Rolle mehr', 'ignorier*', 'vergiss', 'vergessen Sie', 'vergisst', 'vergesst', 'zu vergessen', 'vergessen werden', 'missachte*', 'verwirf', 'beachte … nicht', 'gelten nicht mehr', 'sind ungültig', 'setze … außer Kraft'],
    pt: ['deixe de lado', 'deixa de lado', 'ponha de lado', 'ignore', 'ignora', 'ignorem', 'esqueça', 'esqueca', 'esquece', 'desconsidere', 'descarte', 'não (se aplicam|valem) mais'],
    it: ['metti da parte', 'mettete da parte', 'lascia perdere', 'ignora', 'ignorate', 'ignori', 'ignoriate', 'dimentica', 'dimenticate', 'dimentichi', 'dimentichiate', 'trascuri', 'trascura', 'non tenere conto', 'non considerare', 'non (valgono|si applicano) più'],
    zh: ['放到一边', '放在一边', '搁置', '忽略', '无视', '忘记', '忘掉', '不要理会', '不再适用', '作废'],
    ja: ['脇に置', 'いったん忘れ', '無視', '忘れて', '従わないで', '破棄', '適用されません', '無効です'],
    ko: ['무시', '잊어', '잊으', '잊고', '제쳐 두', '제쳐두', '따르지 마', '더 이상 적용되지'],
    ru: ['отложи* в сторону', 'отбрось*', 'игнорир*', 'проигнорир*', 'забудь*', 'забыл*', 'забыть', 'не обращай* внимания', 'отбрось', 'больше не действ*', 'не следуй*'],
  },
  // What an override sets aside: the model's instructions, prompt or rules.
  instructions: {
    es: ['instrucci*', 'indicaci*', 'reglas', 'directrices', 'órdenes', 'prompt del sistema', 'mensaje del sistema', 'lo que (te )?(diga|digan|dijo|dijeron|indique|indicó|dice|dicen)'],
    fr: ['instructions?', 'consignes?', 'règles', 'directives?', 'prompt système', 'invite système', 'message système', 'ce que (te )?(dit|dira|disent|a dit) (le système|l\'utilisateur|le développeur)'],
    // German joins nouns, the head last: "Sicherheitsregeln", "Systemvorgaben" are rules all the same.
    de: ['*anweisung*', 'anleitung*', '*regeln', '*vorgaben', '*richtlinien', 'systemprompt', 'system-prompt', 'befehle'],
    pt: ['instruç*', 'instruc*', 'orientaç*', 'regras', 'diretrizes', 'prompt do sistema', 'mensagem do sistema'],
    it: ['istruzion*', 'indicazion*', 'regole', 'direttive', 'prompt di sistema', 'messaggio di sistema'],
    zh: ['指令', '指示', '规则', '系统提示', '提示词'],
    ja: ['指示', 'ルール', 'システムプロンプト', '規則'],
    ko: ['지시', '지침', '규칙', '명령', '시스템 프롬프트'],
    ru: ['инструкци*', 'указани*', 'правил*', 'директив*', 'системн* (промпт|подсказк|сообщени)*', 'команд*'],
  },
  // A claim that this text outranks the rest.
  priority: {
    es: ['más importantes? que', 'valen más que', '(tienen|tiene) prioridad', '(da|dan|dará|den) prioridad a', 'prioriza*', 'prioridad (máxima|absoluta)', 'por encima de (todas|cualquier)', 'prevalece* sobre', 'prima* sobre', 'sobre cualquier otra'],
    fr: ['plus importantes? que', 'passe* après', 'vien* après', '(valent|comptent) plus que', '(ont|a) la priorité', 'priorité absolue', 'prévalent sur', 'prévaut sur', 'au-dessus de toute', 'priment sur', 'prime sur', "l'emporte* sur", 'sur toute autre'],
    de: ['(zählen|gelten) mehr als', 'Vorrang vor', 'kommt … nach', '(haben|hat) (immer )?Vorrang', 'höchste Priorität', 'gelten nur (noch )?diese', 'wichtiger als alle', 'geht … vor', 'gehen … vor', '(gilt|gelten) vorrangig', 'vorrangig (vor|gegenüber)'],
    pt: ['mais importantes? (do )?que', 'valem mais (do )?que', '(têm|tem) prioridade', 'prioridade (máxima|absoluta)', 'prevalece* sobre', 'acima de (todas|qualquer)', 'sobre qualquer outra'],
    it: ['più importanti? (di|delle|rispetto)', '(valgono|contano) più (di|delle)', '(hanno|ha) la priorità', 'priorità assoluta', 'prevalgono su', 'prevale su', 'al di sopra di ogni', 'su ogni altra'],
    zh: ['优先于', '最高优先级', '以此为准', '高于一切'],
    ja: ['最優先', '優先してください', '優先されます', 'より優先'],
    ko: ['최우선', '우선합니다', '우선한다', '보다 우선'],
    ru: ['(имеют|имеет) приоритет', 'ставит … выше', 'ставят … выше', 'ставь … выше', 'важнее того', 'важнее, чем', 'важнее чем', 'наивысший приоритет', 'важнее (всех|любых)', 'главнее'],
  },
  // Keeping the user in the dark.
  secrecy: {
    es: ['guárd(a|e)telo para (ti|usted)', 'sin (avisarle|decírselo|informarle|contárselo)', 'nunca (digas|decir|menciones|mencionar) que (se te|se le|te|le) (pidió|pidieron|ha pedido)', 'no (digas|menciones|reveles|expliques) de dónde (viene|vino|sale|procede)', 'no (lo|la|le|se lo|se la) (digas|diga|menciones|mencione|cuentes|cuente|comentes|comente|reveles|muestres)', 'no (le )?(digas|diga|menciones|mencione|cuentes|cuente|informes|informe|reveles|avises|avise)( nada)? al usuario', 'sin (que el usuario (lo )?sepa|decírselo al usuario|decirle al usuario|avisar al usuario|informar al usuario|mencionarlo)', 'no se lo (digas|menciones)'],
    fr: ['gardez?(-le)? pour (toi|vous)', 'ne (dis|dites|dire) jamais qu\'on (te|vous|lui) l\'a demandé', 'ne (dis|dites|mentionne|mentionnez|révèle|révélez) pas d\'où (vient|viennent|provient)', 'n\'en (parle|parlez|dis|dites) (pas|jamais|rien)', 'ne le (dis|dites|mentionne|mentionnez|signale|signalez) (pas|jamais)', 'ne (le |lui |leur |rien )?(dis|dites|mentionne|mentionnez|révèle|révélez|signale|signalez|montre|montrez)( rien| pas| jamais)? à l\'utilisateur', 'ne dis rien', 'ne dites rien', 'sans (le dire|prévenir|informer|avertir|en informer) (à )?l\'utilisateur', 'à l\'insu de l\'utilisateur'],
    de: ['behalte (das|es|dies) für dich', 'behalten Sie (das|es|dies) für sich', '(sag|sage|sagen) niemals, dass (du|es) (darum )?gebeten', 'erwähne nicht, woher', 'nicht (sagen|erwähnen|verraten), woher', 'verrate nicht, woher', 'sag* dem (Benutzer|Nutzer|Anwender) nichts', 'ohne (den|dem) (Benutzer|Nutzer|Anwender) (etwas |darüber |davon |hierüber |hiervon |dazu )?(zu )?(sagen|informieren|benachrichtigen|Bescheid)', 'verschweig*', 'ohne Wissen des (Benutzers|Nutzers)', 'ohne (es|das|dies) (zu )?(erwähnen|sagen|mitzuteilen)'],
    pt: ['guarde (isso|isto) para (você|si)', 'nunca (diga|dizer|mencione) que (foi pedido|lhe pediram|te pediram)', 'não (diga|mencione|revele|conte) de onde (vem|veio)', 'não (o|a|lhe) (conte|diga|mencione|comente|revele|mostre)', 'não (conte|diga|mencione|informe|revele|avise)( nada)? ao (usuário|utilizador)', 'sem (avisar|informar|contar|dizer)( ao| o)? (usuário|utilizador)', 'sem que o (usuário|utilizador) saiba'],
    it: ['tienilo per te', 'tenetelo per voi', 'non dire mai che (ti|gli) è stato chiesto', 'non (dire|menzionare|rivelare) da dove (viene|arriva|proviene)', 'non (lo|ne) (dire|menzionare|parlare|rivelare|mostrare)', 'non (dire|dirlo|menzionare|rivelare|informare|avvisare)( nulla| niente)? (all\'utente|a nessuno)', 'senza (avvisare|informare|dire)( all\'| l\')?utente', 'all\'insaputa dell\'utente'],
    zh: ['自己知道就行', '不要声张', '不要(说明|透露|提及)(来源|出处)', '不要告诉用户', '不要让用户知道', '不要通知用户', '不要向用户透露', '对用户保密'],
    ja: ['黙っておいて', '口外しない', '出所を(言わ|明かさ|伝え)(ない|ず)', 'ユーザーに(は)?(知らせず|伝えず|言わず|教えず|知らせない|伝えない|言わない|見せない)', 'ユーザーには秘密'],
    ko: ['혼자만 알고', '비밀로 하세요', '출처를 (말하지|밝히지|알리지)', '사용자에게 (알리지|말하지|알려주지|보여주지) (말고|마세요|않고|마)', '사용자 몰래'],
    ru: ['держи (это )?при себе', 'не (говори|упоминай|сообщай),? откуда', 'не (говори|сообщай|рассказывай|упоминай|сообщайте|говорите|показывай) (об этом )?пользовател*', 'ничего не (говори|сообщай)', 'без ведома пользовател*'],
  },
  // Adverbs of stealth: an attack only next to a verb that moves data.
  covertly: {
    es: ['a escondidas', 'en secreto', 'secretamente', 'en silencio', 'sin avisar'],
    fr: ['en secret', 'discrètement', 'secrètement', 'sans prévenir', 'en silence'],
    de: ['heimlich', 'unbemerkt', 'stillschweigend', 'unauffällig', 'diskret', 'im Hintergrund'],
    pt: ['em segredo', 'secretamente', 'sem avisar', 'silenciosamente', 'em silêncio'],
    it: ['di nascosto', 'in segreto', 'segretamente', 'senza avvisare', 'in silenzio'],
    zh: ['悄悄', '秘密地', '偷偷', '暗中'],
    ja: ['こっそり', '内緒で', '黙って', 'ひそかに'],
    ko: ['몰래', '비밀로', '조용히'],
    ru: ['тайно', 'незаметно', 'скрытно', 'втайне', 'тихо', 'молча'],
  },
  // Verbs that move data, in the forms an instruction uses.
  move: {
    es: ['envía*', 'envia*', 'envíe*', 'manda*', 'añad*', 'agreg*', 'reenvía*', 'copia*', 'pega*', 'incluye*', 'incluya*', 'pon', 'ponga', 'coloca*', 'inserta*', 'adjunta*', 'sube', 'transmite*', 'guarda*', 'enviad*', 'reenviad*', 'copiad*', 'incluid*', 'adjuntad*', 'transmitid*', 'remitid*', 'remita*', 'rellena*', 'rellene*'],
    fr: ['ajouter', 'les ajouter', 'insérer', 'copier', 'mettre dans', 'envoie*', 'envoyez', 'joint … (au|aux|à)', 'transmet', 'inclut', 'insère', 'ajoute', 'transmets', 'transmettez', 'copie', 'copiez', 'recopie', 'recopiez', 'colle', 'collez', 'inclus', 'incluez', 'mets', 'mettez', 'insère', 'insérez', 'ajoute', 'ajoutez', 'joins', 'joignez', 'téléverse*', 'transmis*', 'envoyé*', 'copié*', 'recopié*', 'ajouté*', 'inséré*', 'transmette*', 'transféré*', 'transfère*', 'remplis', 'remplissez', 'renseigne', 'renseignez'],
    de: ['lade … hoch', 'hochladen', 'übergib*', 'übergeben Sie', 'überträgt', 'übertrage*', 'fügt … hinzu', 'füge … hinzu', 'lädt … hoch', 'schreibe', '(soll*|muss*) … schreiben', '(in|ins) (das|den) (Feld|Parameter|Argument) … (schreiben|eintragen|einfügen|setzen)', 'sende', 'sendet', 'schickt', 'übermittelt', 'fügt … ein', 'hängt … an', 'senden Sie', 'gib', 'gebt', 'schick*', 'übermittle*', 'kopier*', 'füge … ein', 'leite … weiter', 'gib … (wieder|aus|an)', 'trage … ein', 'lade … hoch', 'setze … ein', 'hänge … an', 'gesendet', 'geschickt', 'übermittelt', 'weitergeleitet', 'kopiert', 'hochgeladen', 'angehängt', 'eingefügt', 'eingetragen', 'übertragen', 'fülle … aus', 'füllt … aus', '(in|ins) (das |den )?(Feld|Parameter|Argument)'],
    pt: ['envie*', 'envia*', 'anexa', 'inclui', 'insere', 'coloca', 'mande*', 'copie*', 'cole*', 'inclua*', 'coloque*', 'insira*', 'anexe*', 'transmita*', 'encaminhe*', 'enviad*', 'copiad*', 'incluíd*', 'anexad*', 'encaminhad*', 'transmitid*', 'preencha*', 'preenche'],
    it: ['invia*', 'manda*', 'allega', 'inserisce', 'mette', 'inoltra*', 'copia*', 'incolla*', 'includi*', 'inserisci*', 'metti*', 'allega*', 'trasmetti*', 'aggiungi*', 'invii', 'inviino', 'inoltri', 'inoltrino', 'copi', 'includa', 'inserisca', 'alleghi', 'trasmetta', 'inviat*', 'inoltrat*', 'copiat*', 'inclus*', 'allegat*', 'trasmess*', 'compila', 'compilate', 'riempi', 'riempite'],
    zh: ['复制到', '附在', '放在', '加到', '加入', '添加', '填到', '填写', '贴到', '发送', '发到', '发给', '上传', '填入', '放进', '放入', '写入', '附上', '复制', '粘贴', '传给', '提交到', '转发'],
    ja: ['送信', '送って', '送る', '入れて', '含めて', '貼り付け', '添付', '転送', 'アップロード', '記入', 'コピー', '追加', '記載', '書き込', '渡して', '渡す', '埋め込'],
    ko: ['전달', '보내', '전송', '넣으', '넣어', '포함', '붙여', '첨부', '업로드', '입력하', '복사'],
    ru: ['отправ*', 'пересл*', 'пересыл*', 'перешли*', 'вставь*', 'вставля*', 'скопируй*', 'копируй*', 'добавь*', 'добавля*', 'передай*', 'передава*', 'загрузи*', 'приложи*', 'впиши*', 'укажи*'],
  },
  // The user's data and the model's context.
  userData: {
    es: ['(la )?conversación con el usuario', 'toda la conversación', 'la conversación entera', 'historial … (conversación|chat)', 'conversación completa', 'contraseñas', 'contraseña', 'claves? (de )?API', 'tokens? de acceso', 'token personal', 'contactos', 'credenciales', 'variables de entorno', 'prompt del sistema', 'instrucciones del sistema', 'cookies', '(número|números) de tarjeta', 'datos de (la )?tarjeta', 'tarjeta de crédito', 'datos personales', 'clave(s)? (secreta|privada|de acceso)', 'mensajes anteriores', '(todos )?los mensajes (anteriores )?del usuari*', 'todo lo que el usuario (ha )?(escrito|dicho)'],
    fr: ["(l'intégralité|la totalité|l'ensemble) de la (discussion|conversation)", "(l'intégralité|la totalité|l'ensemble) de l'échange", 'toute la (discussion|conversation)', 'la conversation entière', "tout l'échange", "(la )?(discussion|conversation) avec l'utilisat*", "l'échange avec (l'utilisat*|la personne)", 'historique … (conversation|chat|discussion)', 'mots? de passe', 'clés? (d\')?API', 'jetons? d\'accès', 'identifiants', 'variables d\'environnement', 'prompt système', 'invite système', 'cookies', 'carte (bancaire|de crédit)', 'données (de (la )?)?carte', 'données personnelles', "clés? (secrète|privée|d'accès)", 'messages précédents', "(tous )?les messages (précédents )?de l'utilisat*", "l'intégralité des messages", "tout ce que l'utilisat* a (écrit|dit)"],
    de: ['(letzten )?Nachrichten des (Nutzers|Benutzers)', '*passwoert*', 'kontakte', 'gesamten? Chat', 'chatverlauf', 'gesprächsverlauf', 'unterhaltung', '*passw(ö|o)rt*', '*kennw(ö|o)rt*', 'api-schlüssel*', '*zugangsdaten', '*anmeldedaten', 'umgebungsvariablen', 'systemanweisung*', 'systemprompt', 'system-prompt', 'cookies', 'kreditkart*', 'kartendaten', 'persönliche daten', 'geheim* Schlüssel*', 'privat* Schlüssel*', 'Zugriffsschlüssel*', 'bisherigen Nachrichten', 'vorherigen Nachrichten', 'alle Nachrichten des (Nutzers|Benutzers)', 'alles, was der (Nutzer|Benutzer) (geschrieben|gesagt) hat'],
    pt: ['(a )?conversa com o (usuário|utilizador)', 'toda a conversa', 'a conversa inteira', 'histórico … (conversa|chat)', 'senhas?', 'chaves? (de )?API', 'tokens? de acesso', 'token pessoal', 'contatos', 'credenciais', 'variáveis de ambiente', 'prompt do sistema', 'cookies', 'cartão de crédito', 'dados do cartão', 'dados pessoais', 'chaves? (secreta|privada|de acesso)', 'mensagens anteriores', '(todas )?as mensagens (anteriores )?do (usuário|utilizador)', 'tudo o que o (usuário|utilizador) (escreveu|disse)'],
    it: ["(la )?conversazione con l'utente", 'tutta la conversazione', 'la conversazione intera', 'contatti', 'cronologia … (chat|conversazione)', 'storico … (chat|conversazione)', 'password', 'chiavi? API', 'token di accesso', 'credenziali', 'variabili d\'ambiente', 'prompt di sistema', 'cookie', 'carta di credito', 'dati della carta', 'dati personali', "chiav(e|i) (segret*|privat*|d'accesso|di accesso)", 'messaggi precedenti', "(tutti )?i messaggi (precedenti )?dell'utente", "tutto (ciò|quello) che l'utente ha (scritto|detto)"],
    zh: ['通讯录', '通讯簿', '对话记录', '聊天记录', '对话历史', '聊天历史', '对话内容', '全部对话', '聊天内容', '联系人', '支付密码', '系统提示', '密码', '密钥', 'API 密钥', '令牌', '凭证', '凭据', '环境变量', 'Cookie', '信用卡', '私钥', '助记词', '之前发送的所有消息', '之前的所有消息', '之前的消息', '历史消息', 'AccessKey', 'Secret ?Key', '用户(到目前为止|之前|迄今)?说过的', '用户(到目前为止|之前)?(发送|写)过?的所有'],
    ja: ['会話履歴', 'チャット履歴', '会話の履歴', '会話の内容', 'システムプロンプト', 'パスワード', 'API ?キー', 'トークン', '認証情報', '環境変数', 'クッキー', 'クレジットカード', 'カード番号', '秘密鍵', '連絡先', 'シークレットキー', 'アクセスキー', 'これまでに送った', 'これまでのメッセージ', '過去のメッセージ', 'すべてのメッセージ', 'AccessKey', 'ユーザーが(これまでに)?(言った|書いた)(こと|内容)'],
    ko: ['사용자의 메일', '모든 메일', '사용자가 보낸', '대화 기록', '대화 내역', '대화 내용', '대화 전체', '채팅 기록', '연락처', '카드 번호', '비밀 번호', '시스템 프롬프트', '비밀번호', '암호', 'API 키', '토큰', '자격 증명', '환경 변수', '쿠키', '신용카드', '개인 키', '시크릿 키', '비밀 키', '액세스 키', '이전에 보낸', '이전 메시지', '모든 메시지', 'AccessKey', '사용자가 (지금까지 )?(말한|쓴|작성한) 모든'],
    ru: ['контакт*', 'весь диалог', 'всю переписку', 'переписк* с пользовател*', 'диалог с пользовател*', 'пин-код*', 'истори* (переписки|чата|диалога|разговора)', 'системн* (промпт|инструкци)*', 'парол*', 'API-ключ*', 'ключ* API', 'токен*', 'уч(ё|е)тн* данн*', 'переменн* окружения', 'куки', 'номер* карт*', 'данные карты', 'персональн* данн*', '(секретн*|приватн*) ключ*', 'ключ* доступа', 'предыдущ* сообщени*', 'все сообщения пользовател*'],
  },
  // A new role or mode for "you".
  role: {
    es: ['ahora eres', 'a partir de ahora (eres|actúa)', '(estás|está) (ahora )?en modo', 'actúa como', 'finge (ser|que eres)'],
    fr: ['tu es (maintenant|désormais)', 'vous êtes (maintenant|désormais)', '(tu es|vous êtes) (maintenant )?en mode', 'agis comme', 'fais semblant'],
    de: ['du bist (jetzt|nun|ab sofort)', 'ab jetzt bist du', 'du befindest dich … modus', 'tu so als', 'verhalte dich wie', 'ab (sofort|jetzt) … (du|Sie|der Assistent|die KI|das Modell|der Agent) (sich )?im *modus', '(befindet|arbeitet) (sich )?(der Assistent|die KI|das Modell|der Agent) im *modus'],
    pt: ['agora você é', 'você (agora )?está em modo', 'a partir de agora (você|aja)', 'aja como', 'finja (ser|que)'],
    it: ['ora sei', '(sei|ti trovi) (ora )?in modalità', 'da ora in poi (sei|agisci)', 'comportati come', 'fingi (di essere|che)'],
    zh: ['你现在是', '你现在处于', '你已进入', '你处于…模式', '从现在起你', '扮演'],
    ja: ['あなたは今', 'あなたは…モード', 'これからあなたは', 'として振る舞'],
    ko: ['너는 이제', '당신은 이제', '당신은 … 모드', '지금부터 당신은'],
    ru: ['ты теперь', 'теперь ты', 'вы теперь', '(ты|вы) (сейчас )?в режиме', 'притворись', 'веди себя как', '(с этого момента|отныне|теперь) (ты|вы) (работаешь|работаете|находишься|находитесь|действуешь|действуете) в режиме', '(ассистент|модель|ИИ|агент) (работает|находится|действует) в режиме'],
  },
  // Acting without the user's confirmation.
  skipConfirmation: {
    es: ['sin (antes |primero )?preguntar(le|les)?( al usuario)?', 'sin (pedir|solicitar) (confirmación|permiso|aprobación)', 'no (pidas|solicites|pida) (confirmación|permiso)', 'no hace falta confirmar'],
    fr: ["sans (d'abord |au préalable )?(le |lui )?demander( à l'utilisateur)?", 'sans (demander|attendre) (de )?(confirmation|permission|l\'accord)', 'ne demande pas (de )?confirmation', 'sans confirmation'],
    de: ['ohne (vorher |zuerst )?((den |die )?(Nutzer|Benutzer) )?(vorher )?zu fragen', 'ohne (Rückfrage|Bestätigung|Nachfrage|zu fragen)', 'frage nicht nach', 'keine Bestätigung'],
    pt: ['sem (antes )?perguntar( ao usuário)?', 'sem (pedir|solicitar) (confirmação|permissão)', 'não peça (confirmação|permissão)', 'sem confirmação'],
    it: ['senza (chiedere|richiedere|domandare) (conferma|permesso)', 'non chiedere (conferma|il permesso)', 'senza conferma', 'senza (prima )?(chiedere|domandare)'],
    zh: ['不要向用户确认', '不要征求用户', '无需征得用户同意', '不必征求用户', '(不要|不用|不必|无需)(询问|问|请示)用户', '不(问|询问)用户'],
    ja: ['許可なしに', '許可なく', '確認なしで', '確認なしに', 'ユーザーに確認せず', '確認を求めず', '許可を求めず', '(聞か|尋ね|問わ|相談せ)ずに', '(聞か|尋ね)ないで'],
    ko: ['확인 없이', '확인하지 말고', '묻지 말고', '허락 없이'],
    ru: ['не спрашивая', 'без подтверждени*', 'не спрашивай', 'без согласия', 'не запрашивай подтверждени*'],
  },
  // A note addressed to the AI rather than a description of the tool.
  addressModel: {
    es: ['(hola|saludos|querido),? (asistente|modelo( de lenguaje)?|IA)', '(nota|mensaje|instrucción|indicación|aviso|recordatorio|consigna) (para|al) (la IA|el asistente|asistente|el modelo|el agente)', 'asistente de IA', 'asistente ?:'],
    fr: ['(bonjour|salut|cher),? (l\'assistant|assistant|modèle( de langage)?|l\'IA|IA)', '(note|message|consigne|instruction|remarque|rappel) (à|pour) (l\'IA|l\'assistant|l\'agent)', 'assistant IA'],
    de: ['(hallo|hi|liebes?|lieber),? (Sprachmodell|Assistent|KI|Modell)', '(Hinweis|Nachricht|Anweisung|Notiz|Anmerkung|Info|Vermerk) (an|für) (die KI|den Assistenten|das Modell|den Agenten)', 'KI-Assistent*', 'für den (Assistenten|Agenten) ?:'],
    pt: ['(olá|oi|caro|querido),? (assistente|modelo( de linguagem)?|IA)', '(nota|mensagem|instrução|aviso|lembrete) (para|ao) (a IA|o assistente|assistente|o modelo|o agente)', 'assistente de IA', 'assistente ?:'],
    it: ['(ciao|salve|caro),? (assistente|modello( linguistico)?|IA)', '(nota|messaggio|istruzione|avviso|promemoria) per (l\'IA|l\'assistente|il modello|l\'agente)', '(nota|messaggio|istruzione|avviso|promemoria) (all\'|al )(IA|assistente|agente|modello)', 'assistente IA', 'assistente ?:'],
    zh: ['你好，?(AI|助手|模型|语言模型)', '(助手|模型|智能体)(注意|须知)', '(给|致)(助手|模型|智能体)的(提示|说明|备注|指示)', '致AI', '给AI助手', 'AI助手注意', '致大模型', '(给|致)(AI|助手|模型)的(说明|提示|备注|指示)'],
    ja: ['こんにちは、?(AI|アシスタント|モデル)', 'AIアシスタントへ', 'アシスタントへ', 'エージェントへ', '(AI|モデル|アシスタント)への(指示|注意|メモ|お願い)', '(AI|モデル|アシスタント)向け(の)?(注意|指示|メモ)'],
    ko: ['안녕,? (AI|어시스턴트|모델)', 'AI 어시스턴트에게', 'AI에게', '모델에게', '(AI|모델|어시스턴트|에이전트) ?(모델 )?(참고 ?사항|참고|지시 ?사항|안내|메모)'],
    ru: ['(привет|здравствуй),? (ИИ|ассистент|модель)', '(ассистенту|модели|агенту) ?:', 'для (ИИ|ассистента|модели|агента) ?:', '(примечание|сообщение|указание|инструкция|заметка|памятка) для (ИИ|ассистента|модели|агента)', 'ИИ-ассистент*'],
  },
  // A hidden (blind) copy of a message: with an address in the sentence, another tool's recipient changed.
  copyTo: {
    es: ['copia oculta', 'con copia oculta a'],
    fr: ['copie cachée', 'cci', 'en copie cachée à'],
    de: ['Blindkopie', 'BCC an'],
    pt: ['cópia oculta', 'com cópia oculta para'],
    it: ['copia nascosta', 'ccn', 'in copia nascosta a'],
    zh: ['密送', '秘密抄送'],
    ja: ['同報', '密かにコピー'],
    ko: ['숨은 참조'],
    ru: ['скрыт* копи*'],
  },  // Obeying nothing but this text.
  obeyOnly: {
    es: ['sigue (solo|solamente|únicamente) (esta|este|estas|estos)', 'obedece solo', 'solo (obedece|sigue|escucha) (a )?(esta|este|estas)'],
    fr: ['suis (seulement|uniquement) (ces|cette|ce)', 'obéis (seulement|uniquement)', 'n\'obéis qu\'à', 'ne suis que (ces|cette)'],
    de: ['folge (nur|ausschließlich) (diesen|dieser|diesem)', 'gehorche nur', 'folge nur (diesen|dieser|diesem)'],
    pt: ['siga (só|somente|apenas) (esta|este|estas|estes)', 'obedeça (apenas|somente)', 'siga (apenas|somente) (estas|esta|este)'],
    it: ['segui (solo|soltanto|unicamente) (queste|questo|questa|questi)', 'obbedisci solo', 'segui solo (queste|questa|questo)'],
    zh: ['只听从', '只服从', '仅服从'],
    ja: ['だけに従って', 'のみに従って'],
    ko: ['만 따르세요', '만 따르십시오'],
    ru: ['подчиняйся только', 'слушай только', 'следуй только (этим|этой|этому)'],
  },
};
