#!/bin/sh
# Use the name from docker ps (here read with --format):
docker exec -it $(docker ps -lq --filter ancestor=docker.io/library/ubuntu) bash
# Inside, look around, then press Ctrl-D:
# key: C-d
docker ps
# STATUS says "Up …":
#   docker-kata answer up
# answer: ^[0-9a-f]{12} +(?:docker\.io/library/)?ubuntu(?::latest)? +.* (Up)\b

# variant: sh instead of bash, and the whole STATUS as the answer
docker container exec -it $(docker ps -lq) sh
# key: C-d
docker ps --format '{{.Status}}'
# answer: ^(Up .*)$

# near miss: exec in another container
docker run -itd ubuntu
docker exec $(docker ps -lq) true
docker-kata answer up
# expect: has not reported

# near miss: attached instead of exec, and answered exited
docker attach $(docker ps -lq)
# key: C-p C-q
docker-kata answer exited
# expect: has not reported
