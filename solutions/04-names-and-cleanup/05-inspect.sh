#!/bin/sh
docker inspect ubuntu
docker inspect --format "{{json .Config.Cmd}}" ubuntu
# Config.Cmd is ["/bin/bash"]:
#   docker-kata answer /bin/bash
# answer: ^(\[".*"\]) *$

# variant: the management command, answered with the program's name
docker image inspect ubuntu
docker-kata answer bash

# near miss: the image's name
docker-kata answer ubuntu
# expect: which is not it

# near miss: another program
docker-kata answer /bin/sh
# expect: which is not it
