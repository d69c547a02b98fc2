#!/bin/sh
# Inside the container:
apt update
apt install -y iproute2
ip address show
# Read the address after "inet" on eth0 (e.g. 172.17.0.2), then in your other terminal:
#   docker-kata answer 172.17.0.2
# answer: inet (\d+\.\d+\.\d+\.\d+)/\d+.*eth0

# variant: answered with the prefix length, as ip prints it
apt update
apt install -y iproute2
ip address show
# answer: inet (\d+\.\d+\.\d+\.\d+/\d+).*eth0

# variant: read from the host with docker inspect
# key: C-p C-q
docker inspect --format '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' $(docker ps -lq)
# answer: ^(\d+\.\d+\.\d+\.\d+)$

# near miss: the loopback address
ip address show
# answer: inet (127\.0\.0\.1)
# expect: which is not it

# near miss: the address of another container
# key: C-p C-q
docker run -d ubuntu sleep 300
docker inspect --format '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' $(docker ps -lq)
# answer: ^(\d+\.\d+\.\d+\.\d+)$
# expect: belongs to another container
