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

# variant: docker-compose.yaml, with a version line and the long flag
mkdir -p kata-shop
cd kata-shop
printf 'version: "3.8"\nservices:\n  web:\n    image: nginx:latest\n    ports:\n      - "8081:80"\n  cache:\n    image: memcached:latest\n' > docker-compose.yaml
docker-compose up --detach

# near miss: the two ports swapped
mkdir -p kata-shop
cd kata-shop
printf 'services:\n  web:\n    image: nginx\n    ports:\n      - "80:8081"\n  cache:\n    image: memcached\n' > docker-compose.yml
docker-compose up -d
# expect: container port 80 is not published

# near miss: only the web service started
mkdir -p kata-shop
cd kata-shop
printf 'services:\n  web:\n    image: nginx\n    ports:\n      - "8081:80"\n  cache:\n    image: memcached\n' > docker-compose.yml
docker-compose up -d web
# expect: there is no container labelled com.docker.compose.service=cache

# near miss: up in the foreground, left with Ctrl-C
mkdir -p kata-shop
cd kata-shop
printf 'services:\n  web:\n    image: nginx\n    ports:\n      - "8081:80"\n  cache:\n    image: memcached\n' > docker-compose.yml
docker-compose up
# no prompt follows
# (compose shows the containers' logs; these lines only give it time to start them)
:
# no prompt follows
:
# no prompt follows
# key: C-c
# expect: but it exited
