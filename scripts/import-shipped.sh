#!/usr/bin/env bash
# Re-imports every shipped server live from npm, versions pinned, with dummy credentials only.
# Launching a server runs its code: run this in a sandbox without real secrets.
# Usage: scripts/import-shipped.sh [id ...]   (no ids: all of them)
set -u
cd "$(dirname "$0")/.."
failed=()
MCP=https://github.com/modelcontextprotocol/servers
ARCHIVED=https://github.com/modelcontextprotocol/servers-archived

imp() { # imp <id> <import options...> -- <command...>
  local id=$1; shift
  if [ -n "$ONLY" ] && [[ " $ONLY " != *" $id "* ]]; then return; fi
  npm run -s import -- --id "$id" "$@" || failed+=("$id")
}
ONLY="$*"

# --- reference servers (modelcontextprotocol/servers) ---
imp filesystem --name "Filesystem" --npm @modelcontextprotocol/server-filesystem \
  --description "Reads, writes, moves and searches files inside the directories it is given on the command line." \
  --repository $MCP --homepage https://modelcontextprotocol.io --tags reference,files \
  -- npx -y @modelcontextprotocol/server-filesystem@2026.8.31 /tmp
imp memory --name "Memory" --npm @modelcontextprotocol/server-memory \
  --description "Keeps a persistent knowledge graph of entities, relations and observations in a local JSON file." \
  --repository $MCP --homepage https://modelcontextprotocol.io --tags reference,memory \
  -- npx -y @modelcontextprotocol/server-memory@2026.8.31
imp everything --name "Everything (test server)" --npm @modelcontextprotocol/server-everything \
  --description "Reference test server that exercises every MCP feature, from echo and sampling to long-running operations." \
  --repository $MCP --homepage https://modelcontextprotocol.io --tags reference,testing \
  -- npx -y @modelcontextprotocol/server-everything@2026.8.31
imp sequential-thinking --name "Sequential Thinking" --npm @modelcontextprotocol/server-sequential-thinking \
  --description "Gives the model a scratchpad tool for step-by-step reasoning that can branch and revise earlier thoughts." \
  --repository $MCP --homepage https://modelcontextprotocol.io --tags reference,reasoning \
  -- npx -y @modelcontextprotocol/server-sequential-thinking@2026.8.31

# --- archived reference servers (still on npm, no longer maintained) ---
imp github --name "GitHub (archived reference server)" --npm @modelcontextprotocol/server-github \
  --description "Manages GitHub repositories, files, branches, issues and pull requests through the REST API with a personal access token." \
  --repository $ARCHIVED --homepage https://modelcontextprotocol.io --tags archived,code-hosting,git \
  --env GITHUB_PERSONAL_ACCESS_TOKEN=ghp_dummy000000000000000000000000000000 \
  -- npx -y @modelcontextprotocol/server-github@2025.4.8
imp puppeteer --name "Puppeteer (archived reference server)" --npm @modelcontextprotocol/server-puppeteer \
  --description "Drives a local Chromium through Puppeteer: navigate, click, fill forms, take screenshots and run JavaScript in the page." \
  --repository $ARCHIVED --homepage https://modelcontextprotocol.io --tags archived,browser-automation \
  --setenv PUPPETEER_SKIP_DOWNLOAD=true \
  -- npx -y @modelcontextprotocol/server-puppeteer@2025.5.12
imp slack --name "Slack (archived reference server)" --npm @modelcontextprotocol/server-slack \
  --description "Reads channels, threads and user profiles in a Slack workspace and posts messages and reactions as a bot." \
  --repository $ARCHIVED --homepage https://modelcontextprotocol.io --tags archived,messaging \
  --env SLACK_BOT_TOKEN=xoxb-dummy --env SLACK_TEAM_ID=T00000000 \
  -- npx -y @modelcontextprotocol/server-slack@2025.4.25
imp postgres --name "PostgreSQL (archived reference server)" --npm @modelcontextprotocol/server-postgres \
  --description "Runs read-only SQL queries against the PostgreSQL database named in its connection URL and exposes table schemas." \
  --repository $ARCHIVED --homepage https://modelcontextprotocol.io --tags archived,database,sql \
  -- npx -y @modelcontextprotocol/server-postgres@0.6.2 postgresql://localhost/mydb
imp brave-search --name "Brave Search (archived reference server)" --npm @modelcontextprotocol/server-brave-search \
  --description "Searches the web and local businesses through the Brave Search API." \
  --repository $ARCHIVED --homepage https://modelcontextprotocol.io --tags archived,search \
  --env BRAVE_API_KEY \
  -- npx -y @modelcontextprotocol/server-brave-search@0.6.2
imp gitlab --name "GitLab (archived reference server)" --npm @modelcontextprotocol/server-gitlab \
  --description "Creates and updates GitLab projects, files, branches, issues and merge requests with a personal access token." \
  --repository $ARCHIVED --homepage https://modelcontextprotocol.io --tags archived,code-hosting,git \
  --env GITLAB_PERSONAL_ACCESS_TOKEN=glpat-dummy \
  -- npx -y @modelcontextprotocol/server-gitlab@2025.4.25
imp google-maps --name "Google Maps (archived reference server)" --npm @modelcontextprotocol/server-google-maps \
  --description "Geocodes addresses, searches places and computes directions, distances and elevations with the Google Maps APIs." \
  --repository $ARCHIVED --homepage https://modelcontextprotocol.io --tags archived,maps \
  --env GOOGLE_MAPS_API_KEY \
  -- npx -y @modelcontextprotocol/server-google-maps@0.6.2
# The Redis server will not answer initialize until its client is "ready": a throw-away local
# stub that answers +OK to every command stands in for Redis (tools/list touches no data).
if [ -z "$ONLY" ] || [[ " $ONLY " == *" redis "* ]]; then
node -e "require('net').createServer((s)=>{s.on('error',()=>{});s.on('data',(d)=>s.write('+OK\r\n'.repeat((d.toString().match(/^\*/gm)||[]).length)))}).listen(6379,'127.0.0.1')" &
REDIS_STUB=$!
imp redis --name "Redis (archived reference server)" --npm @modelcontextprotocol/server-redis \
  --description "Gets, sets, deletes and lists keys in the Redis instance named in its connection URL." \
  --repository $ARCHIVED --homepage https://modelcontextprotocol.io --tags archived,database,key-value \
  -- npx -y @modelcontextprotocol/server-redis@2025.4.25 redis://127.0.0.1:6379
kill $REDIS_STUB
fi
imp aws-kb-retrieval --name "AWS Knowledge Base Retrieval (archived reference server)" --npm @modelcontextprotocol/server-aws-kb-retrieval \
  --description "Retrieves passages from an Amazon Bedrock knowledge base with AWS credentials." \
  --repository $ARCHIVED --homepage https://modelcontextprotocol.io --tags archived,cloud,aws,rag \
  --env AWS_ACCESS_KEY_ID=AKIADUMMYDUMMYDUMMY0 --env AWS_SECRET_ACCESS_KEY --env AWS_REGION=us-east-1 \
  -- npx -y @modelcontextprotocol/server-aws-kb-retrieval@0.6.2

# --- vendor and community servers ---
imp playwright --name "Playwright" --npm @playwright/mcp \
  --description "Microsoft's browser automation server: drives Chromium, Firefox or WebKit through accessibility snapshots, with script evaluation and file upload." \
  --repository https://github.com/microsoft/playwright-mcp --homepage https://playwright.dev --tags browser-automation \
  -- npx -y @playwright/mcp@0.0.83
imp chrome-devtools --name "Chrome DevTools" --npm chrome-devtools-mcp \
  --description "Controls a live Chrome through the DevTools protocol for automation, debugging, network inspection and performance traces." \
  --repository https://github.com/ChromeDevTools/chrome-devtools-mcp --tags browser-automation,debugging \
  -- npx -y chrome-devtools-mcp@1.11.0
imp notion --name "Notion" --npm @notionhq/notion-mcp-server \
  --description "Notion's official server, generated from its public API: search, read and edit pages, blocks, data sources and comments." \
  --repository https://github.com/makenotion/notion-mcp-server --tags productivity,documents \
  --env NOTION_TOKEN=ntn_dummy \
  -- npx -y @notionhq/notion-mcp-server@2.5.2
# 0.3.x only proxies to the remote mcp.stripe.com; 0.2.5 is the last release with local tools.
imp stripe --name "Stripe" --npm @stripe/mcp \
  --description "Stripe's local server: customers, products, prices, invoices, payment links, refunds, subscriptions and disputes." \
  --repository https://github.com/stripe/ai --homepage https://github.com/stripe/ai/tree/main/tools/modelcontextprotocol --tags payments,finance \
  --env STRIPE_SECRET_KEY=sk_test_dummy \
  -- npx -y @stripe/mcp@0.2.5 --tools=all
imp context7 --name "Context7" --npm @upstash/context7-mcp \
  --description "Looks up current, version-specific library documentation and code examples from the Context7 service." \
  --repository https://github.com/upstash/context7 --tags documentation,developer-tools \
  -- npx -y @upstash/context7-mcp@4.1.1
imp circleci --name "CircleCI" --npm @circleci/mcp-server-circleci \
  --description "Reads CircleCI build logs, flaky tests and pipeline status, and can trigger pipelines, reruns and rollbacks." \
  --repository https://github.com/CircleCI-Public/mcp-server-circleci --tags ci-cd,developer-tools \
  --env CIRCLECI_TOKEN \
  -- npx -y @circleci/mcp-server-circleci@0.20.0
# The Atlas API credentials are optional; with them set the server also offers its Atlas tools.
imp mongodb --name "MongoDB" --npm mongodb-mcp-server \
  --description "Queries and administers MongoDB databases and, with Atlas API credentials, manages Atlas projects, clusters and users." \
  --repository https://github.com/mongodb-js/mongodb-mcp-server --tags database,nosql,cloud \
  --env MDB_MCP_API_CLIENT_ID=mdb_sa_id_dummy --env MDB_MCP_API_CLIENT_SECRET=mdb_sa_sk_dummy --setenv MDB_MCP_TELEMETRY=disabled \
  -- npx -y mongodb-mcp-server@3.0.4
# The "docs" feature fetches the docs GraphQL schema during tools/list, which needs the network.
imp supabase --name "Supabase" --npm @supabase/mcp-server-supabase \
  --description "Manages Supabase organisations and projects: SQL and migrations, logs, edge functions, branches and storage." \
  --repository https://github.com/supabase/mcp --tags database,sql,cloud \
  --env SUPABASE_ACCESS_TOKEN=sbp_dummy \
  -- npx -y @supabase/mcp-server-supabase@0.13.0 --features=account,database,debugging,development,functions,branching,storage
imp firecrawl --name "Firecrawl" --npm firecrawl-mcp \
  --description "Scrapes, crawls, maps and searches the web through the Firecrawl API, with extraction agents and page monitors." \
  --repository https://github.com/firecrawl/firecrawl-mcp-server --tags web-scraping,search \
  --env FIRECRAWL_API_KEY=fc-dummy \
  -- npx -y firecrawl-mcp@3.26.0
imp sentry --name "Sentry" --npm @sentry/mcp-server \
  --description "Searches Sentry organisations, projects, issues and events, updates issues and asks Seer for root-cause analysis." \
  --repository https://github.com/getsentry/sentry-mcp --tags monitoring,developer-tools \
  --env SENTRY_ACCESS_TOKEN \
  -- npx -y @sentry/mcp-server@0.39.0
imp tavily --name "Tavily" --npm tavily-mcp \
  --description "Searches, extracts, crawls and maps the web, and runs research tasks, through the Tavily API." \
  --repository https://github.com/tavily-ai/tavily-mcp --tags search,web-scraping \
  --env TAVILY_API_KEY=tvly-dummy \
  -- npx -y tavily-mcp@0.2.22
imp exa --name "Exa" --npm exa-mcp-server \
  --description "Searches the web and fetches pages as clean text through the Exa API (default tool set)." \
  --repository https://github.com/exa-labs/exa-mcp-server --tags search \
  --env EXA_API_KEY \
  -- npx -y exa-mcp-server@3.4.1
# The account id argument is a placeholder; listing tools does not call the API.
imp cloudflare --name "Cloudflare (local, deprecated)" --npm @cloudflare/mcp-server-cloudflare \
  --description "Cloudflare's original local server: Workers, KV, R2, D1, Durable Objects, queues, zones, DNS and analytics on one account." \
  --repository https://github.com/cloudflare/mcp-server-cloudflare --tags cloud,cdn,serverless \
  --env CLOUDFLARE_API_TOKEN \
  -- npx -y @cloudflare/mcp-server-cloudflare@0.2.0 run 00000000000000000000000000000000
imp browserbase --name "Browserbase" --npm @browserbasehq/mcp-server-browserbase \
  --description "Runs cloud browser sessions on Browserbase and drives them with Stagehand's natural-language act, extract and observe." \
  --repository https://github.com/browserbase/mcp-server-browserbase --homepage https://www.browserbase.com --tags browser-automation,cloud \
  --env BROWSERBASE_API_KEY=bb_dummy --env BROWSERBASE_PROJECT_ID=00000000-0000-0000-0000-000000000000 --env GEMINI_API_KEY \
  -- npx -y @browserbasehq/mcp-server-browserbase@2.4.3
imp figma --name "Figma (Framelink)" --npm figma-developer-mcp \
  --description "Fetches Figma file layout and styling data, simplified for code generation, and downloads images from a file." \
  --repository https://github.com/GLips/Figma-Context-MCP --homepage https://www.framelink.ai --tags design \
  --env FIGMA_API_KEY=figd_dummy \
  -- npx -y figma-developer-mcp@0.13.2 --stdio
imp youtube-transcript --name "YouTube Transcript" --npm @kimtaeyoon83/mcp-server-youtube-transcript \
  --description "Downloads the transcript of a YouTube video in a chosen language." \
  --repository https://github.com/kimtaeyoon83/mcp-server-youtube-transcript --tags media \
  -- npx -y @kimtaeyoon83/mcp-server-youtube-transcript@0.1.1
imp airtable --name "Airtable" --npm airtable-mcp-server \
  --description "Reads and writes Airtable bases: records, tables, fields, comments and attachments." \
  --repository https://github.com/domdomegg/airtable-mcp-server --tags database,productivity \
  --env AIRTABLE_API_KEY=pat_dummy \
  -- npx -y airtable-mcp-server@1.14.0
imp hubspot --name "HubSpot" --npm @hubspot/mcp-server \
  --description "Reads and writes HubSpot CRM objects, associations, properties and engagements with a private app token." \
  --homepage https://www.npmjs.com/package/@hubspot/mcp-server --tags crm,sales \
  --env PRIVATE_APP_ACCESS_TOKEN=pat-na1-dummy \
  -- npx -y @hubspot/mcp-server@0.4.0
imp shopify-dev --name "Shopify Dev" --npm @shopify/dev-mcp \
  --description "Searches Shopify developer documentation and API schemas and validates GraphQL, Liquid and theme code." \
  --homepage https://shopify.dev/docs/apps/build/ai-toolkit --tags documentation,developer-tools,e-commerce \
  -- npx -y @shopify/dev-mcp@1.16.0
# Default "namespace" mode: one tool per Azure service, each taking a sub-command.
imp azure --name "Azure" --npm @azure/mcp \
  --description "Microsoft's Azure server: one tool per Azure service (storage, Cosmos DB, Key Vault, AKS, SQL, monitor and many more)." \
  --repository https://github.com/microsoft/mcp --homepage https://learn.microsoft.com/azure/developer/azure-mcp-server/ --tags cloud,azure \
  --setenv AZURE_MCP_COLLECT_TELEMETRY=false \
  -- npx -y @azure/mcp@2.0.5 server start
imp kubernetes --name "Kubernetes" --npm mcp-server-kubernetes \
  --description "Runs kubectl and Helm operations against the clusters in the local kubeconfig, including exec, port-forward and deletes." \
  --repository https://github.com/Flux159/mcp-server-kubernetes --tags cloud,kubernetes,devops \
  -- npx -y mcp-server-kubernetes@4.1.7

if [ ${#failed[@]} -gt 0 ]; then echo "import-shipped: failed: ${failed[*]}" >&2; exit 1; fi
echo "import-shipped: done" >&2
