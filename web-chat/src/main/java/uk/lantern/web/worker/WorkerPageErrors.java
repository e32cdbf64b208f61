package uk.lantern.web.worker;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A record another team owns answers exactly as one that never existed: the ordinary "page not
 * found", so nothing about other teams' records leaks.
 */
@ControllerAdvice(basePackageClasses = WorkerPageErrors.class)
class WorkerPageErrors {

    @ExceptionHandler(NoSuchRecordException.class)
    ModelAndView noSuchRecord() {
        ModelAndView page = new ModelAndView("error/404");
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }
}
