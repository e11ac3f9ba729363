import type { Tool } from '../schemas/tool.ts';
import { LEVEL, signal, type Signal } from './signal.ts';
import { nameToWords, textToSentences } from './words.ts';

// "Approve a spender for your ERC20 tokens": an allowance lets another address move them, a financial obligation.
const MOVING_VERBS = new Set(['transfer', 'send', 'withdraw', 'bridge', 'approve']);
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
  const verb = nameWords.find((w) => MOVING_VERBS.has(w));
  if (!verb) return undefined;
  const lead = textToSentences(tool.description ?? '')[0]?.words ?? [];
  const asset = nameWords.find((w) => CRYPTO_ASSETS.has(w)) ?? lead.slice(0, 8).find((w) => CRYPTO_ASSETS.has(w));
  if (!asset) return undefined;
  const recipient = Object.keys(tool.inputSchema.properties ?? {}).some((name) => nameToWords(name).some((w) => RECIPIENT_WORDS.has(w)));
  if (!recipient) return undefined;
  return signal('Financial', LEVEL.nameIrreversible, 'name', `name \`${verb}\` moves \`${asset}\` to a recipient (on-chain value)`);
}
