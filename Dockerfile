# Svarsvakten for Azure Container Apps (or any container host). Build: docker build -t svarsvakten:1.0.0 .
# The image holds the compiled bot (dist/), the overview tab's page (tab/) and production dependencies only.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY vendor ./vendor
# No install scripts: none of the dependencies needs one to work (package.json allowScripts says the same).
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY bot ./bot
COPY cards ./cards
COPY services ./services
COPY manifest ./manifest
RUN npm run build && npm prune --omit=dev --no-audit --no-fund --ignore-scripts

FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    PORT=3978 \
    PLAYGROUND=off
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/vendor ./vendor
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY tab ./tab
USER node
EXPOSE 3978
# The platform's probes use /healthz (alive) and /readyz (storage reachable); this is for plain Docker hosts.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3978)+'/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "dist/bot/start.js"]
