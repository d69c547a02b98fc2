#!/bin/sh
docker run -d --name kata-nginx nginx nginx -g 'daemon off;'

# variant: double quotes
docker run -d --name kata-nginx nginx nginx -g "daemon off;"

# variant: the image's own command, which is the same
docker run -d --name kata-nginx nginx

# near miss: no quotes, so the shell takes the ; (nginx gets -g daemon, then off)
docker run -d --name kata-nginx nginx nginx -g daemon off;
# expect: it runs `nginx -g daemon off`

# near miss: without the semicolon
docker run -d --name kata-nginx nginx nginx -g 'daemon off'
# expect: it runs `nginx -g 'daemon off'`

# near miss: the plain nginx command of the exercise before
docker run -d --name kata-nginx nginx nginx
# expect: it runs `nginx`
