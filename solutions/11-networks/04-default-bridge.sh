#!/bin/sh
# This one fails on purpose: ping: bad address 'network_test'
docker run --name kata-pinger-default alpine ping -c 1 network_test
