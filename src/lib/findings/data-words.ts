/**
 * English words for what a poisoned definition asks for and where it wants it put: the user's
 * data and the model's context (by how sensitive it is), the verbs that move data, and the sinks
 * (an argument, another tool's call, a URL or an address). The rules in data-rules.ts combine them
 * with the clause's mood; each pattern is bounded so a megabyte of text scans in linear time.
 */

/**
 * A system prompt not said to be the model's own ("the system prompt for an agent you are building"):
 * what agent-building tools take as an argument, and what a harvest sends elsewhere.
 */
export const PROMPT_DATA = /\b(?:the\s+)?(?:\w+\s+){0,2}?system[\s_-]?(?:prompts?|message|instructions)\b/i;

/** Secrets and the model's own context: harvesting any of these is an attack whatever the wording. */
export const SECRET_DATA = new RegExp([
  String.raw`\byour\s+(?:\w+\s+){0,2}?(?:system\s+(?:prompt|message|instructions?)|initial\s+(?:prompt|instructions)|hidden\s+(?:instructions|prompt)|developer\s+(?:message|instructions)|original\s+instructions)`,
  String.raw`\b(?:instructions|rules)\s+you\s+(?:were|have\s+been)\s+given\b|\b(?:instructions|rules|guidelines|prompt)\s+you\s+(?:received|got|were\s+started\s+with|started\s+with|were\s+loaded\s+with|booted\s+with)\b|\byour\s+(?:\w+\s+){0,2}?(?:instructions|prompt|guidelines|configuration)\b`,
  String.raw`\benv(?:ironment)?[\s_-]?(?:variables?|vars?)\b|\$ENV\b|\bprocess\.env\b(?!\.)|\bprintenv\b|\b(?:output|result)\s+of\s+[\x60'"]?(?:env|set|export\s+-p)\b`,
  String.raw`\b(?:session|browser|auth(?:entication)?|login)\s+cookies?\b|\bcookies\b|\b(?:every|all|each|any|the\s+user'?s|their)\s+cookies?\b|\bdeveloper\s+(?:message|prompt|instructions)\b`,
  String.raw`\b(?:saved|stored|browser|keychain|cached)\s+(?:\w+\s+)?(?:passwords?|credentials|logins)\b|\bkeychain\s+(?:entries|items|contents|passwords|secrets)\b`,
  String.raw`\b(?:seed|recovery)\s+phrases?\b|\bmnemonic\b|\bwallet\s+(?:seed|keys?)\b`,
  String.raw`\b(?<!public\s)(?:private|ssh\s+private)\s+keys?\b|\bssh\s+keys?\b`,
  String.raw`\b(?:(?:2|two)[\s-]?factor|2fa|mfa|otp|one[\s-]time|verification|authentication|sms|security|login|recovery|backup)\s+(?:codes?|passwords?|tokens?|keys?)\b`,
  // A code named by where it arrives: "the code from their SMS", "the number in their authenticator app".
  String.raw`\b(?:code|pin|digits|number)\s+(?:from|in|on|sent\s+to|texted\s+to)\s+(?:their|the\s+user'?s|your|the)\s+(?:sms|text\s+messages?|authenticator(?:\s+app)?|phone|inbox|banking\s+app)\b|\b(?:code|pin)\s+(?:they|the\s+user)\s+(?:just\s+)?(?:got|received)\s+(?:by|via|in)\s+(?:sms|text|e-?mail)\b`,
  String.raw`\bcredit\s+card(?:\s+(?:numbers?|details))?\b|\bcard\s+(?:numbers?|details)\b|\bcvv\b|\bcvc\b|\bsocial\s+security\s+numbers?\b|\bssn\b`,
  String.raw`\bbank(?:ing)?\s+(?:passwords?|credentials|logins?|details)\b`,
].join('|'), 'i');

/** A secret named as an environment variable: `AWS_SECRET_ACCESS_KEY`, `GITHUB_TOKEN` (case matters). */
export const SECRET_VARIABLE = /\b[A-Z][A-Z0-9]*_(?:[A-Z0-9]+_)*(?:KEY|TOKEN|SECRET|PASSWORD|PASSWD|PWD|CREDENTIALS?)\b/;

/** Keys, tokens and passwords in general: sensitive when harvested, but also what many APIs take as an argument. */
export const CREDENTIAL_DATA = /\b(?:(?:every|each|any|all)\s+(?:\w+\s+)?(?:secrets?|keys?|tokens?|passwords?|credentials?)\b|api[\s_-]?keys?|secret(?:\s+access)?\s+keys?|access\s+(?:keys?|tokens?)|auth(?:entication)?\s+tokens?|bearer\s+tokens?|session\s+tokens?|(?:npm|github|gitlab|aws|openai|slack|personal\s+access)\s+(?:\w+\s+)?(?:tokens?|keys?|passwords?)|tokens|passwords?|passphrases?|credentials|secrets)\b/i;

/** The conversation so far: what the model has seen, in bulk. */
export const CONVERSATION_DATA = /\b(?:your|the\s+(?:model|assistant|agent)'s)\s+(?:working\s+|full\s+|entire\s+|current\s+)?context\b(?!\s+(?:window|length|size|limit))|\b(?:prior|previous|earlier|other)\s+tool\s+(?:outputs?|results?|responses?)\b|\b(?:(?:the|this|our|your|their)\s+)?(?:(?:entire|full|whole|complete|current|previous|prior|earlier|past|recent|last)\s+)*(?:conversation|chat|dialog(?:ue)?)(?:\s+(?:history|log|logs|transcript|so\s+far|context|contents?|summary))?\b(?!\s*[/-]?\s*(?:chat\s+)?(?:titles?|names?|ids?|topics?|subjects?)\b)|\bchat[\s_-]?(?:history|log|transcript)\b|\b(?:message|conversation)\s+history\b|\b(?:chat|conversation)\s+transcripts?\b|\btranscripts?\s+of\s+(?:the|this|our)\s+(?:conversation|chat)\b|\b(?:previous|prior|earlier|past|last|recent|the\s+user'?s)\s+(?:(?!your\b|my\b|our\b)\w+\s+){0,2}(?:messages|turns|prompts|questions|requests)\b|\bwhat\s+the\s+user\s+(?:said|wrote|typed|asked)\b/i;

/** A conversation noun that means the history itself, not the chat as a place. */
export const HISTORY_NOUN = /\b(?:history|log|logs|transcripts?|so\s+far|messages|turns)\b/i;

/** The user's current request: what a search tool may legitimately take, and what a poisoned link carries off. */
export const REQUEST_DATA = /\b(?:the\s+user'?s|their)\s+(?:(?:last|latest|previous|original|full|current)\s+)?(?:message|question|request|prompt|query|input)\b|\b(?:the\s+)?(?:last|latest|previous)\s+user\s+(?:message|question|request|prompt)\b/i;

/** Bulk: the whole conversation rather than the question at hand. */
export const BULK_SCOPE = /\b(?:entire|full|whole|complete|verbatim|all|every|so\s+far|previous|prior|earlier|past|history|transcript)\b/i;

/** Personal data of the user. */
export const PERSONAL_DATA = /\b(?:the\s+user'?s|their|his|her)\s+(?:\w+\s+){0,2}?(?:e-?mails?|e-?mail\s+address(?:es)?|contacts?|address(?:es)?|phone\s+numbers?|location|files|documents|photos|calendar|date\s+of\s+birth|identity|id\s+number)\b|\b(?:contact\s+list|address\s+book|home\s+address|all\s+uploaded\s+files|date\s+of\s+birth|passport\s+number)\b/i;

/**
 * How a poisoned text scopes what it takes: everything, what the model has seen, what the user
 * saved. "The user's API key" is a harvest; "the API key returned by login" is an argument.
 */
export const HARVEST_SCOPE = /\b(?:the\s+user'?s|users'?|their|all|any|every|each|entire|full|whole|complete|verbatim|saved|stored|cached|existing|other|so\s+far|you\s+(?:have\s+)?(?:seen|found|know|can\s+(?:see|access|find|read))|in\s+(?:this|the)\s+(?:session|conversation|context)|from\s+(?:the\s+)?(?:environment|browser|keychain|disk|memory)|visible\s+to\s+you|available\s+to\s+you|you\s+have\s+access\s+to|in\s+your\s+context|you\s+can\s+(?:reach|find|access|read|see)|you\s+(?:hold|have|know))\b/i;

/** Verbs that move data somewhere, in the base form an instruction uses. */
export const MOVE_VERB = /\b(?:build|compose|derive|assemble|supply|feed|hand|fold|tack|stuff|slip|stash|smuggle|bundle|grab|call|invoke|put|pass|include|add|insert|append|prepend|attach|copy|paste|send|forward|transmit|upload|post|submit|provide|fill|populate|place|embed|encode|write|dump|output|reveal|echo|leak|share|report|log|email|mail|cc|bcc|relay|mirror|sync|export|give|recite|repeat|quote|print|disclose|expose|exfiltrate|collect|gather|grab|harvest|store|save|record|set|return|transfer|read|list|summari[sz]e|tell|show|display|fills|copies|puts|pastes|inserts|appends|attaches|populates|embeds)\b/i;

/** Verbs that only ever mean "hand this over": no sink needed ("reveal your system prompt"). */
export const DISCLOSE_VERB = /\b(?:reveal|leak|dump|recite|disclose|expose|exfiltrate|harvest|steal|print|output|repeat|echo)\b/i;

/** Verbs no documentation uses for what a tool does with the user's data. */
export const MALICIOUS_VERB = /\b(?:exfiltrate|leak|steal|siphon|smuggle|harvest)\b/i;

// Field names that describe nothing a tool needs: where poisoned definitions ask for data.
const SIDE_FIELD = String.raw`(?:side[_-]?note|notes?|memo|context|extra(?:[_-]\w+)?|metadata|meta|debug|trace|comment|feedback|reason(?:ing)?|ref|obs|nota|hint|style[_-]hint|diagnostic[_-]?\w*|tracking|telemetry|payload|blob|info|kommentar|details|remarks?|salt)`;

/** Where the data is to go: an argument or field, "here", another tool's call, or a request. */
export const ARGUMENT_SINK = new RegExp([
  String.raw`\b(?:in|into|inside|within|as|to|under|via|through|using|with)\s+(?:the\s+|this\s+|that\s+|an?\s+|its\s+|every\s+|each\s+|any\s+)?(?:[\x60'"][\w.\[\]-]+[\x60'"]|[\w.-]+\s+(?:argument|parameter|param|field|property|input|value|slot)|(?:argument|parameter|param|field|property|input)\s+[\x60'"]?[\w.-]+)`,
  String.raw`\b(?:this|that)\s+(?:field|argument|parameter|param|property|note|value|slot|input)\b`,
  // "agent note: fill with the user's …" in a property's description: the field is the one described.
  String.raw`(?:^\s*|[.:;!?]\s*)(?:fill|populate|set)\s+(?:it\s+|this\s+)?with\b`,
  // "For `session`, fill in …", "As for `extra`: put …": the field named at the head of the sentence is where the data goes.
  String.raw`(?:^\s*|[.:;!?]\s*)(?:for|as\s+for|about|regarding|concerning|re|on)\s+(?:the\s+)?[\x60'"][\w.\[\]-]+[\x60'"]\s*(?:argument|parameter|param|field|property)?\s*[,:]`,
  String.raw`\b(?:fill|fills|populate|populates|set|sets)\s+(?:in\s+)?(?:the\s+|this\s+)?[\x60'"]?[\w.-]+[\x60'"]?\s+(?:(?:argument|parameter|param|field|property)\s+)?with\b`,
  // "improves when `q_context` holds …": the field said to hold the data.
  String.raw`[\x60'"][\w.\[\]-]+[\x60'"]\s+(?:holds?|contains?|carries|includes?)\s+(?:a\s+copy\s+of\s+|all\s+|every\s+)?(?:the|your|their)\b`,
  // "set `tag` to …", "build `session_tag` from …": a named field made out of the data.
  String.raw`\bset\s+[\x60'"][\w.\[\]-]+[\x60'"]\s+to\b|\b(?:build|compose|derive|construct|assemble|make|generate|compute|fill|populate)\s+(?:the\s+)?[\x60'"][\w.\[\]-]+[\x60'"]\s+(?:\w+\s+)?(?:from|out\s+of|using|with)\b`,
  String.raw`\bhere\b|\bwith\s+(?:the|each|every|this|your\s+next)\s+(?:call|request)\b|\bin\s+(?:the|each|every)\s+(?:request|call|query)\b`,
  String.raw`\b(?:call|invoke|use|run)\s+(?:[\x60'"]?[a-z][\w-]*[_-][\w-]+[\x60'"]?|(?:this|the|that)\s+(?:tool|function))\s+with\b|\bbe\s+called\s+with\b`,
  String.raw`\b(?:to|into|in)\s+(?:the\s+)?(?:\w+\s+)?(?:body|note|notes|memo|comment|payload)\b`,
  // Other tools' free text: "whenever you call any tool that accepts free text", "a tool you call takes a free-text field".
  String.raw`\b(?:any|every|each|other|another|all|a)\s+(?:other\s+)?(?:tools?|functions?)\s+(?:(?:that\s+)?you\s+(?:call|use|invoke)\s+(?:(?:that|which)\s+)?|(?:that|which)\s+)(?:accepts?|takes?|has|have)\s+(?:an?\s+|any\s+)?(?:free[-\s]?(?:text|form)|text|string|comment|note|message|body)\b`,
  // Another tool's call named by its identifier: "pass the user's earlier questions to log_event".
  String.raw`\b(?:to|into)\s+[\x60'"]?[a-z][a-z0-9]*_[a-z0-9_]+[\x60'"]?(?=[\s,.;:)]|$)`,
  // A property's description that says what the value must hold: the field itself is the sink.
  String.raw`^\W*(?:must|should|shall)\s+(?:always\s+)?(?:contain|include|hold|carry)\b|^\W*(?:populate|fill|set)\s+(?:this\s+|it\s+)?with\b`,
  String.raw`\b(?:parameter|field|argument|property|value)\s+(?:must|should|shall)\s+(?:always\s+)?(?:contain|include|hold|carry|be\s+filled\s+with)\b`,
  // The model's own answer, where everything the user sees and every log line goes.
  String.raw`\b(?:every|each|all|any|your)\s+(?:\w+\s+)?(?:responses?|answers?|repl(?:y|ies)|outputs?|messages?)\s+(?:must|should|shall|will)?\s*(?:begin|start|end|include|contain|open|close)\b`,
].join('|'), 'i');

/** A field that has no business holding data, named in the sentence. */
// A side field may be named by its path: `event_properties.context`, `extra.env`.
export const SIDE_FIELD_SINK = new RegExp(String.raw`[\x60'"](?:[\w-]+\.)*${SIDE_FIELD}[\x60'"]|\b${SIDE_FIELD}\s+(?:argument|parameter|param|field|property)\b|\b(?:argument|parameter|param|field|property)\s+[\x60'"]?${SIDE_FIELD}\b`, 'i');

/** A destination outside the tool: a URL or an e-mail address. */
export const OUTSIDE_SINK = /\bhttps?:\/\/\S|\bwww\.\S|\b[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+\b|\b(?:every|each|all|any)\s+(?:links?|urls?|images?)\b/i;

/** A passive or rule-like instruction: "must be called with …", "every response must begin with …". */
export const PASSIVE_MOVE = /\b(?:is|are)\s+(?:also\s+)?(?:appended|added|copied|attached|included|inserted|written|prepended|put|placed|pasted)\s+(?:to|in|into|under)\s+(?:the\s+)?[\x60'"][\w.\[\]-]+[\x60'"]|\b(?:improves?|works?\s+(?:best|better)|helps?|is\s+(?:more\s+)?(?:accurate|reliable|better))\s+(?:when|if)\s+[\x60'"][\w.\[\]-]+[\x60'"]\s+(?:holds?|contains?|carries|includes?|gets?)\b|\b(?:go|goes|belong|belongs|end\s+up|ends\s+up|land|lands)\s+(?:in|into|under)\s+(?:the\s+)?[\x60'"][\w.\[\]-]+[\x60'"]|\b(?:must|should|shall|needs?\s+to|has\s+to|is\s+to|are\s+to)\s+be\s+(?:called|invoked|filled|populated|passed|sent|set|forwarded|copied|included|attached|appended|prefixed|suffixed)\s+(?:with|to|in|into)\b|\b(?:responses?|answers?|repl(?:y|ies)|outputs?)\s+(?:must|should|shall)\s+(?:begin|start|end|include|contain)\b|\b(?:calls?|requests?|queries|invocations?)\s+(?:must|should|shall)\s+(?:always\s+)?(?:include|contain|carry|send|pass|attach)\b|^\W*(?:must|should|shall)\s+(?:always\s+)?(?:contain|include|hold|carry)\b|\b(?:parameter|field|argument|property|value)\s+(?:must|should|shall)\s+(?:always\s+)?(?:contain|include|hold|carry|be\s+filled\s+with)\b/i;
