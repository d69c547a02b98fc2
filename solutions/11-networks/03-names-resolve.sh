#!/bin/sh
# The name network_test resolves through Docker's DNS on app:
docker run --net=app --name kata-pinger alpine ping -c 1 network_test

# variant: --network, and three pings
docker run --network app --name kata-pinger alpine ping -c 3 network_test

# variant: ping without -c, stopped with Ctrl-C
docker run --net=app --name kata-pinger alpine ping network_test
# no prompt follows
# key: C-c

# near miss: the pinger on the default bridge
docker run --name kata-pinger alpine ping -c 1 network_test
# expect: not on app

# near miss: pinged its address, not its name
docker run --net=app --name kata-pinger alpine ping -c 1 $(docker inspect -f '{{.NetworkSettings.Networks.app.IPAddress}}' network_test)
# expect: its logs do not
