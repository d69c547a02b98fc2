#!/bin/sh
# Still in the kata-shop folder (cd kata-shop if you left it).
# Compose v1; with Compose v2 type "docker compose down" instead:
docker-compose down
docker ps -a

# variant: down, also removing volumes and leftover containers
docker-compose down --volumes --remove-orphans

# variant: from the parent folder, naming the file
cd ..
docker-compose -f kata-shop/docker-compose.yml down

# near miss: stop instead of down
docker-compose stop
# expect: has not reported this for a container labelled com.docker.compose.service=web: removed

# near miss: down outside the project's folder
cd ..
docker-compose down
# expect: has not reported this for a container labelled com.docker.compose.service=web: removed

