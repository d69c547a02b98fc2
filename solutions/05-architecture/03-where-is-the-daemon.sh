#!/bin/sh
docker context ls
# The context marked * has the address in DOCKER ENDPOINT.
# answer: \*\s.*?((?:unix|tcp|npipe|ssh)://\S+)

# variant: the socket's path alone, without unix://
docker context ls
# answer: \*\s.*?unix://(/\S+)

# variant: from docker context inspect
docker context inspect --format '{{.Endpoints.docker.Host}}'
# answer: Host}}'\s*\n(\S+)

# near miss: the context's name
docker context ls
# answer: ^(\S+) \*
# expect: which is not it
