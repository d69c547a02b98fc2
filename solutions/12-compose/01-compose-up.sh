#!/bin/sh
# Make the project folder and go into it:
mkdir -p kata-shop
cd kata-shop
# Write docker-compose.yml (one line here; an editor does the same):
printf 'services:\n  web:\n    image: nginx\n    ports:\n      - "8081:80"\n  cache:\n    image: memcached\n' > docker-compose.yml
cat docker-compose.yml
# Compose v1; with Compose v2 type "docker compose up -d" instead:
docker-compose up -d
docker ps
