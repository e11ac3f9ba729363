import type { Tool } from '../schemas/tool.ts';
import { LEVEL, signal, type Signal } from './signal.ts';
import { nameToWords, textToSentences } from './words.ts';

// "Approve a spender for your ERC20 tokens": an allowance lets another address move them, a financial obligation.
const MOVING_VERBS = new Set(['transfer', 'send', 'withdraw', 'bridge', 'approve']);
const EXCHANGING_VERBS = new Set(['swap']);
// "Swap the refresh token for an access token": a credential, not an asset.
const CREDENTIAL_TOKENS = /\b(?:oauth|access[ _-]?tokens?|refresh[ _-]?tokens?|auth(?:orization)? codes?|id[ _-]?tokens?|jwt)\b/i;
const LOOKED_UP = new Set(['quote', 'quotes', 'route', 'routes', 'estimate', 'preview', 'simulate', 'price', 'prices', 'rate', 'rates', 'status', 'history']);
// On-chain assets: moving them moves value, whatever the chain calls them.
const CRYPTO_ASSETS = new Set([
  'token', 'tokens', 'erc20', 'erc721', 'erc1155', 'spl', 'nft', 'nfts', 'eth', 'ether', 'bnb', 'matic', 'sol', 'btc', 'bitcoin',
  'usdc', 'usdt', 'lamports', 'wei', 'coin', 'coins', 'crypto', 'stablecoin', 'stablecoins',
]);
// Where the asset goes, or who may take it: `toAddress`, `recipient`, `to`, `destination_wallet`, `spenderAddress`.
const RECIPIENT_WORDS = new Set(['to', 'address', 'recipient', 'destination', 'receiver', 'wallet', 'spender']);

/**
 * `transfer_erc1155(privateKey, tokenAddress, toAddress, amount)` "Transfer ERC1155 tokens to another address":
 * moving tokens, coins or NFTs on a chain to a recipient the call names moves value (the rubric's Financial:
 * "move money"), whatever the chain calls the asset; approving a spender for them (an ERC-20 allowance) lets
 * that address move them, a financial obligation. Weighs like a name that pays (8); the description or
 * the schema must name the recipient, so a `send_message` or an `erc20` lookup is untouched.
 */
export function cryptoTransferSignal(tool: Tool, nameWords: readonly string[]): Signal | undefined {
  // `swap_tokens` "Swap tokens on a DEX": exchanging one asset for another moves value with no recipient to name,
  // when the name opens with the swap (not `swap_quote`, `get_swap_route`: a price looked up).
  const swap = EXCHANGING_VERBS.has(nameWords[0] ?? '') && !nameWords.some((w) => LOOKED_UP.has(w)) && !CREDENTIAL_TOKENS.test(tool.description ?? '') ? nameWords[0] : undefined;
  const verb = swap ?? nameWords.find((w) => MOVING_VERBS.has(w));
  if (!verb) return undefined;
  const lead = textToSentences(tool.description ?? '')[0]?.words ?? [];
  const asset = nameWords.find((w) => CRYPTO_ASSETS.has(w)) ?? lead.slice(0, 8).find((w) => CRYPTO_ASSETS.has(w));
  if (!asset) return undefined;
  const recipient = Object.keys(tool.inputSchema.properties ?? {}).some((name) => nameToWords(name).some((w) => RECIPIENT_WORDS.has(w)));
  if (swap) return signal('Financial', LEVEL.nameIrreversible, 'name', `name \`${verb}\` exchanges \`${asset}\` (on-chain value)`);
  if (!recipient) return undefined;
  return signal('Financial', LEVEL.nameIrreversible, 'name', `name \`${verb}\` moves \`${asset}\` to a recipient (on-chain value)`);
}
