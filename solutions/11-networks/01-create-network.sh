#!/bin/sh
docker network create app
docker network ls

# variant: the driver named, which is the default anyway
docker network create --driver bridge app

# near miss: no name given
docker network create
# expect: there is no network app

# near miss: made before the exercise started
docker network create app
# exercise starts here
# expect: before this step started
