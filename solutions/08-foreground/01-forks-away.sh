#!/bin/sh
docker run -d --name kata-nginx-bg nginx nginx
docker ps -a

# variant: without -d (it ends at once all the same)
docker run --name kata-nginx-bg nginx nginx

# variant: the management command and long flags
docker container run --detach --name=kata-nginx-bg nginx:latest nginx
docker container ls --all

# near miss: the image's own command (the second nginx left out)
docker run -d --name kata-nginx-bg nginx
# expect: it runs `nginx -g 'daemon off;'`

# near miss: the image's own command, then stopped by hand
docker run -d --name kata-nginx-bg nginx
docker stop kata-nginx-bg
# expect: it runs `nginx -g 'daemon off;'`
