#!/bin/sh
docker run --name kata-app-run kata-app:1
docker history kata-app:1

# variant: in the background, with the management command
# after: build-an-image
docker container run -d --name kata-app-run kata-app:1
docker logs kata-app-run

# near miss: with --rm, so the container is gone
# after: build-an-image
docker run --rm --name kata-app-run kata-app:1
# expect: there is no container named kata-app-run

# near miss: a command after the image, which replaces its CMD
# after: build-an-image
docker run --name kata-app-run kata-app:1 bash
# expect: its logs are empty

# near miss: without --name
# after: build-an-image
docker run kata-app:1
# expect: there is no container named kata-app-run
