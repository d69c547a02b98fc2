#!/bin/sh
docker volume create kata-data
docker volume ls

# variant: made by the first container that mounts it
docker run --rm -v kata-data:/data ubuntu true

# variant: the old --name flag
docker volume create --name kata-data

# near miss: no name, so Docker made one up
docker volume create
# expect: there is no volume kata-data

# near miss: made before the exercise started
docker volume create kata-data
# exercise starts here
# expect: before this step started
