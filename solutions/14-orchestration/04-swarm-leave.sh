#!/bin/sh
docker swarm leave --force
docker info --format '{{.Swarm.LocalNodeState}}'
