package org.guichet.sandbox;

/** A status and a JSON body, ready to send. */
record JsonResponse(int status, String body) {
}
