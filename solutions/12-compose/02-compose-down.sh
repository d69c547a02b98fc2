#!/bin/sh
# Still in the kata-shop folder (cd kata-shop if you left it).
# Compose v1; with Compose v2 type "docker compose down" instead:
docker-compose down
docker ps -a
