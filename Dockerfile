# Strike Clock with its live-class server, in one container.
#   docker build -t strike-clock .
#   docker run --rm -p 8080:8080 strike-clock          # then open http://THIS-MACHINE:8080/
# Two or more containers share rooms through Redis: give each REDIS_URL and its own PUBLIC_ADDRESS
# (see README, "Live class").

# ---- build: the game's static files, and the server as one ES module ----
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build \
 && node_modules/.bin/esbuild src/cli/serve.ts --bundle --platform=node --target=node20 --format=esm \
      --packages=external --outfile=server/serve.mjs --log-level=warning

# ---- run: production dependencies only (Colyseus, ioredis, the engine's seedrandom) ----
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8080
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/server/serve.mjs ./serve.mjs
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "serve.mjs", "--dist", "/app/dist"]
