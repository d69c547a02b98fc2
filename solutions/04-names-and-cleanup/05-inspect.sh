#!/bin/sh
docker inspect ubuntu
docker inspect --format "{{json .Config.Cmd}}" ubuntu
# Config.Cmd is ["/bin/bash"]:
#   docker-kata answer /bin/bash
# answer: ^(\[".*"\]) *$
