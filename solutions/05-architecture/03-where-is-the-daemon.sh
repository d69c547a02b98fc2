#!/bin/sh
docker context ls
# The context marked * has the address in DOCKER ENDPOINT.
# answer: \*\s.*?((?:unix|tcp|npipe|ssh)://\S+)
