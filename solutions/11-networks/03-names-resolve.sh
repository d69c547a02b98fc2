#!/bin/sh
# The name network_test resolves through Docker's DNS on app:
docker run --net=app --name kata-pinger alpine ping -c 1 network_test
