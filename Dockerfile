# The claimgraph app (ingest + API + explorer). Neo4j runs in its own container (docker-compose.yml).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY schema/package.json schema/
COPY ingest/package.json ingest/
COPY server/package.json server/
COPY client/package.json client/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build
EXPOSE 3000
# npm start ingests seeds/ (skipping unchanged documents) and serves on :3000; with NEO4J_URI set it uses that server.
CMD ["npm", "start"]
