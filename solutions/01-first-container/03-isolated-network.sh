#!/bin/sh
# Inside the container:
apt update
apt install -y iproute2
ip address show
# Read the address after "inet" on eth0 (e.g. 172.17.0.2), then in your other terminal:
#   docker-kata answer 172.17.0.2
# answer: inet (\d+\.\d+\.\d+\.\d+)/\d+.*eth0
