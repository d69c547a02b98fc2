#!/bin/sh
# This one fails on purpose: ping: bad address 'network_test'
docker run --name kata-pinger-default alpine ping -c 1 network_test

# variant: the default network named
docker run --network bridge --name kata-pinger-default alpine ping -c 1 network_test

# near miss: on app after all, where the name resolves
docker run --net=app --name kata-pinger-default alpine ping -c 1 network_test
# expect: it is on app, not on bridge
