#!/bin/sh
docker run -itd --net=app --name network_test ubuntu
docker network inspect app

# variant: long flags and the management command
docker container run --interactive --tty --detach --network app --name network_test ubuntu

# variant: started on the default bridge, then connected to app
docker run -itd --name network_test ubuntu
docker network connect app network_test

# near miss: without --net, on the default bridge
docker run -itd --name network_test ubuntu
# expect: not on app

# near miss: --net after the image name, where it is taken for the command
docker run -itd --name network_test ubuntu --net=app
# expect: not on app

# near miss: without -itd, bash ends at once
docker run --net=app --name network_test ubuntu
# expect: it exited normally (exit code 0)
