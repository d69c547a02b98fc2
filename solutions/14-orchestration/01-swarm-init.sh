#!/bin/sh
# Plain "docker swarm init" works when the machine has one address; this names it:
docker swarm init --advertise-addr 127.0.0.1
docker node ls
