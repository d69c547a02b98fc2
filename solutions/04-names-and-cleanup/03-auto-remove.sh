#!/bin/sh
docker run -it --rm ubuntu
# Inside, press Ctrl-D:
# key: C-d
docker ps -a
