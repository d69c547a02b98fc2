#!/bin/sh
docker run -d --name kata-site -p 8080:80 nginx
# nginx's welcome page, on port 8080 of your machine (or open it in a browser):
curl http://localhost:8080

# variant: long flags, the management command, the tag written out
docker container run --detach --name kata-site --publish 8080:80 nginx:latest
curl http://localhost:8080

# variant: published on 127.0.0.1 only
docker run -d --name kata-site -p 127.0.0.1:8080:80 nginx
curl http://127.0.0.1:8080

# near miss: the ports the wrong way round
docker run -d --name kata-site -p 80:8080 nginx
# expect: container port 80 is not published

# near miss: -P, a random host port
docker run -d --name kata-site -P nginx
# expect: not 8080

# near miss: no port published
docker run -d --name kata-site nginx
# expect: container port 80 is not published

# near miss: without -d, so it holds the terminal
docker run --name kata-site -p 8080:80 nginx
# no prompt follows
# expect: not in the background
