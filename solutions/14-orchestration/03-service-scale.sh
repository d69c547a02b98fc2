#!/bin/sh
# Returns when all four tasks run:
docker service scale kata-web=4
docker service ls
