// jsdom has <dialog> but not showModal() or close(). These stand-ins open and close it the way
// a browser does (the open attribute, and a close event), for the length of a test.
import { afterEach, beforeEach } from 'vitest'

export function fakeDialogsForEachTest(): void {
  const proto = HTMLDialogElement.prototype
  const had = { showModal: proto.showModal, close: proto.close }
  beforeEach(() => {
    proto.showModal = function showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '')
    }
    proto.close = function close(this: HTMLDialogElement) {
      this.removeAttribute('open')
      this.dispatchEvent(new Event('close'))
    }
  })
  afterEach(() => {
    proto.showModal = had.showModal
    proto.close = had.close
  })
}
