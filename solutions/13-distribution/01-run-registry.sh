#!/bin/sh
docker run -d -p 5000:5000 --name kata-registry registry:2
docker ps

# variant: long flags, published on 127.0.0.1 only
docker run --detach --publish 127.0.0.1:5000:5000 --name kata-registry registry:2

# near miss: the port not published
docker run -d --name kata-registry registry:2
# expect: container port 5000 is not published

# near miss: -p with one number, so Docker picks the port on your machine
docker run -d -p 5000 --name kata-registry registry:2
# expect: container port 5000 is published on
